/// The Porter (1980) suffix-stripping stemmer for English words, as published in
/// "An algorithm for suffix stripping", Program 14(3).
enum PorterStemmer {
    static func stem(_ word: String) -> String {
        // Long tokens are not English words (sequences, run-together text): leave them as they are.
        guard word.utf8.count > 2, word.utf8.count <= 40, word.utf8.allSatisfy(isASCIILetter) else { return word }
        var w = Array(word.utf8)
        step1a(&w); step1b(&w); step1c(&w); step2(&w); step3(&w); step4(&w); step5(&w)
        return String(decoding: w, as: UTF8.self)
    }

    private static func isASCIILetter(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
    }

    private static func isConsonant(_ w: [UInt8], _ i: Int) -> Bool {
        switch w[i] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return false
        case UInt8(ascii: "y"): return i == 0 ? true : !isConsonant(w, i - 1)
        default: return true
        }
    }

    /// The number of vowel-consonant sequences in w[0..<end].
    private static func measure(_ w: [UInt8], _ end: Int) -> Int {
        var n = 0, i = 0
        while i < end && isConsonant(w, i) { i += 1 }
        while i < end {
            while i < end && !isConsonant(w, i) { i += 1 }
            if i >= end { break }
            n += 1
            while i < end && isConsonant(w, i) { i += 1 }
        }
        return n
    }

    private static func hasVowel(_ w: [UInt8], _ end: Int) -> Bool {
        (0..<end).contains { !isConsonant(w, $0) }
    }

    private static func endsDoubleConsonant(_ w: [UInt8]) -> Bool {
        let n = w.count
        return n >= 2 && w[n - 1] == w[n - 2] && isConsonant(w, n - 1)
    }

    /// consonant-vowel-consonant ending, the last not w, x or y.
    private static func cvc(_ w: [UInt8], _ end: Int) -> Bool {
        guard end >= 3 else { return false }
        let c = w[end - 1]
        return isConsonant(w, end - 3) && !isConsonant(w, end - 2) && isConsonant(w, end - 1)
            && c != UInt8(ascii: "w") && c != UInt8(ascii: "x") && c != UInt8(ascii: "y")
    }

    private static func ends(_ w: [UInt8], _ s: String) -> Bool {
        // Compared in place: this runs for every suffix rule of every indexed word.
        let u = s.utf8
        guard w.count >= u.count else { return false }
        var i = w.count - u.count
        for c in u {
            if w[i] != c { return false }
            i += 1
        }
        return true
    }

    private static func replace(_ w: inout [UInt8], _ suffix: String, _ with: String) {
        w.removeLast(suffix.utf8.count)
        w += Array(with.utf8)
    }

    /// Replaces the suffix when the stem before it has measure > m.
    @discardableResult
    private static func rule(_ w: inout [UInt8], _ suffix: String, _ with: String, m: Int) -> Bool {
        guard ends(w, suffix) else { return false }
        if measure(w, w.count - suffix.utf8.count) > m { replace(&w, suffix, with) }
        return true
    }

    private static func step1a(_ w: inout [UInt8]) {
        if ends(w, "sses") { replace(&w, "sses", "ss") } else if ends(w, "ies") { replace(&w, "ies", "i") } else if ends(w, "ss") {
        } else if ends(w, "s") { w.removeLast() }
    }

    private static func step1b(_ w: inout [UInt8]) {
        if ends(w, "eed") {
            if measure(w, w.count - 3) > 0 { w.removeLast() }
            return
        }
        var stripped = false
        for s in ["ed", "ing"] where ends(w, s) && hasVowel(w, w.count - s.utf8.count) {
            w.removeLast(s.utf8.count)
            stripped = true
            break
        }
        guard stripped else { return }
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
            w.append(UInt8(ascii: "e"))
        } else if endsDoubleConsonant(w), let last = w.last, last != UInt8(ascii: "l"), last != UInt8(ascii: "s"), last != UInt8(ascii: "z") {
            w.removeLast()
        } else if measure(w, w.count) == 1 && cvc(w, w.count) {
            w.append(UInt8(ascii: "e"))
        }
    }

    private static func step1c(_ w: inout [UInt8]) {
        if ends(w, "y"), hasVowel(w, w.count - 1) { w[w.count - 1] = UInt8(ascii: "i") }
    }

    private static let step2Rules: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ]

    private static func step2(_ w: inout [UInt8]) {
        for (s, r) in step2Rules where rule(&w, s, r, m: 0) { return }
    }

    private static let step3Rules: [(String, String)] = [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ]

    private static func step3(_ w: inout [UInt8]) {
        for (s, r) in step3Rules where rule(&w, s, r, m: 0) { return }
    }

    /// Longest suffix first, so "ement" wins over "ment" and "ent".
    private static let step4Suffixes = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
        "ism", "ate", "iti", "ous", "ive", "ize",
    ].sorted(by: { $0.utf8.count > $1.utf8.count })

    private static func step4(_ w: inout [UInt8]) {
        for s in step4Suffixes where ends(w, s) {
            let stemEnd = w.count - s.utf8.count
            if s == "ion" {
                guard stemEnd > 0, w[stemEnd - 1] == UInt8(ascii: "s") || w[stemEnd - 1] == UInt8(ascii: "t") else { return }
            }
            if measure(w, stemEnd) > 1 { w.removeLast(s.utf8.count) }
            return
        }
    }

    private static func step5(_ w: inout [UInt8]) {
        if ends(w, "e") {
            let m = measure(w, w.count - 1)
            if m > 1 || (m == 1 && !cvc(w, w.count - 1)) { w.removeLast() }
        }
        if ends(w, "ll"), measure(w, w.count) > 1 { w.removeLast() }
    }
}
