extension ParseState {
    /// Reads and removes a leading list number: `12.`, `[12]`, `12)`, `(12)`.
    mutating func readLeadingNumber() {
        let t = text
        var i = 0
        var open: Unicode.Scalar? = nil
        if t.at(0) == "[" || t.at(0) == "(" {
            open = t[0]
            i = 1
        }
        let digitsStart = i
        var n = 0
        while i < t.count, t[i].isDigit, i - digitsStart < 4 {
            n = n * 10 + t[i].digitValue
            i += 1
        }
        let digits = i - digitsStart
        guard digits >= 1, digits <= 3 || open != nil else { return }
        let close = t.at(i)
        switch open {
        case "[": guard close == "]" else { return }
        case "(": guard close == ")" else { return }
        default: guard close == "." || close == ")" || close == "-" else { return }
        }
        i += 1
        // `23.van den Hout`, `26-Vellin J-F`: a number glued to the first author.
        let glued = open == nil && digits <= 3 && t.at(i).isLetter && (close == "." || close == "-")
        guard t.at(i) == " " || i >= t.count || glued else { return }
        // `1995. Title` would be a year, not a list number; list numbers are short.
        number = n
        spans["number"] = t.span(0..<i)
        text = t.removing([0..<min(t.at(i) == " " ? i + 1 : i, t.count)])
    }
}
