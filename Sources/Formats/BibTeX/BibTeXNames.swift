import Bibliography

/// Name lists by BibTeX's rules: `and` between names (at brace depth 0), `and others` as et al.,
/// `First von Last`, `von Last, First` and `von Last, Jr, First`, a brace group as one word, and a
/// name wholly in braces as an institution.
enum BibTeXNames {
    /// The names of a raw (LaTeX) field value, and whether the list ends with `others`.
    static func parse(_ raw: String) -> (names: [Name], etAl: Bool) {
        var copy = raw
        if let plain = copy.withUTF8(parsePlain) { return plain }
        var names: [Name] = []
        var etAl = false
        for part in splitAnd(raw) {
            let trimmed = part.trimmingSpacesAndNewlines()
            if trimmed.isEmpty { continue }
            if trimmed.utf8.count == 6, trimmed.lowercased() == "others" {
                etAl = true
                continue
            }
            let name = parseName(trimmed)
            if name.family != nil || name.literal != nil { names.append(name) }
        }
        return (names, etAl)
    }

    /// Most name lists are plain ASCII words (letters, digits, periods, commas and white space):
    /// they are split on their bytes, where the general path below makes a string of every part
    /// and word and runs each through the LaTeX decoder, which would give them back unchanged.
    /// `nil` when the list has any other byte.
    private static func parsePlain(_ bytes: UnsafeBufferPointer<UInt8>) -> (names: [Name], etAl: Bool)? {
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        for b in bytes {
            let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            guard letter || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || isBlank(b) else { return nil }
        }
        var names: [Name] = []
        var etAl = false
        func take(_ start: Int, _ end: Int) {
            var start = start, end = end
            while start < end, isBlank(bytes[start]) { start += 1 }
            while end > start, isBlank(bytes[end - 1]) { end -= 1 }
            if start == end { return }
            if end - start == 6, zip(bytes[start..<end], "others".utf8).allSatisfy({ $0 | 0x20 == $1 }) {
                etAl = true
                return
            }
            if let name = plainName(bytes, start..<end) { names.append(name) }
        }
        // ` and ` between names, as in `splitAnd`.
        var partStart = 0
        var i = 0
        while i < bytes.count {
            if isBlank(bytes[i]), i + 4 < bytes.count, bytes[i + 1] | 0x20 == UInt8(ascii: "a"),
                bytes[i + 2] | 0x20 == UInt8(ascii: "n"), bytes[i + 3] | 0x20 == UInt8(ascii: "d"), isBlank(bytes[i + 4])
            {
                take(partStart, i)
                i += 5
                partStart = i
                continue
            }
            i += 1
        }
        take(partStart, bytes.count)
        return (names, etAl)
    }

    /// One plain name (see ``parsePlain(_:)``) by the rules of ``parseName(_:)``; its words need no decoding.
    private static func plainName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Name? {
        // The words of each comma part, as ranges.
        var commaParts: [[Range<Int>]] = [[]]
        var wordStart: Int?
        for k in range {
            let b = bytes[k]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == UInt8(ascii: ",") {
                if let s = wordStart { commaParts[commaParts.count - 1].append(s..<k) }
                wordStart = nil
                if b == UInt8(ascii: ",") { commaParts.append([]) }
            } else if wordStart == nil {
                wordStart = k
            }
        }
        if let s = wordStart { commaParts[commaParts.count - 1].append(s..<range.upperBound) }
        // A word's case is that of its first letter; a word without letters is not lowercase.
        func isLowercase(_ word: Range<Int>) -> Bool {
            for k in word where (bytes[k] | 0x20) >= 0x61 && (bytes[k] | 0x20) <= 0x7A { return bytes[k] >= 0x61 }
            return false
        }
        func join(_ words: ArraySlice<Range<Int>>) -> String? {
            guard let first = words.first, let last = words.last else { return nil }
            if words.count == 1 { return String(decoding: bytes[first], as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(last.upperBound - first.lowerBound)
            for word in words {
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: bytes[word])
            }
            return String(decoding: out, as: UTF8.self)
        }
        var first: ArraySlice<Range<Int>> = []
        var vonLast: ArraySlice<Range<Int>>
        var jr: ArraySlice<Range<Int>> = []
        switch commaParts.count {
        case 1:
            let w = commaParts[0][...]
            if let vonStart = w.indices.dropLast().first(where: { isLowercase(w[$0]) }) {
                first = w[..<vonStart]
                vonLast = w[vonStart...]
            } else {
                first = w.dropLast()
                vonLast = w.suffix(1)
            }
        case 2:
            vonLast = commaParts[0][...]
            first = commaParts[1][...]
        default:
            vonLast = commaParts[0][...]
            jr = commaParts[1][...]
            first = ArraySlice(commaParts[2...].joined())
        }
        var von: ArraySlice<Range<Int>> = []
        if vonLast.count > 1, let lastVon = vonLast.indices.dropLast().last(where: { isLowercase(vonLast[$0]) }) {
            von = vonLast[...lastVon]
            vonLast = vonLast[(lastVon + 1)...]
        }
        let name = assemble(family: join(vonLast), given: join(first), particle: join(von), suffix: join(jr))
        return name.family != nil || name.literal != nil ? name : nil
    }

    /// Splits at ` and ` (any case, any white space around it) outside braces. The separators are
    /// ASCII, so the split is made on UTF-8 bytes.
    static func splitAnd(_ raw: String) -> [String] {
        let bytes = Array(raw.utf8)
        var parts: [String] = []
        var partStart = 0
        var depth = 0
        var i = 0
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == UInt8(ascii: "~") }
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "{") { depth += 1 } else if c == UInt8(ascii: "}") { depth = max(0, depth - 1) }
            if depth == 0, isSpace(c), i + 4 < bytes.count,
                bytes[i + 1] | 0x20 == UInt8(ascii: "a"), bytes[i + 2] | 0x20 == UInt8(ascii: "n"),
                bytes[i + 3] | 0x20 == UInt8(ascii: "d"), isSpace(bytes[i + 4])
            {
                parts.append(String(decoding: bytes[partStart..<i], as: UTF8.self))
                i += 5
                partStart = i
                continue
            }
            i += 1
        }
        parts.append(String(decoding: bytes[partStart..<bytes.count], as: UTF8.self))
        return parts
    }

    /// One name by BibTeX's rules.
    static func parseName(_ raw: String) -> Name {
        // A name wholly in one brace group is an institution ("{World Health Organization}").
        if raw.hasPrefix("{"), raw.hasSuffix("}"), enclosedInOneGroup(raw), !raw.hasPrefix("{\\") {
            return Name(literal: decode(String(raw.dropFirst().dropLast())))
        }
        let rawParts = splitTopLevel(raw, separator: UInt8(ascii: ","))
        if let extended = extendedName(rawParts) { return extended }
        let commaParts = rawParts.map { words($0) }
        var first: [String] = []
        var vonLast: [String]
        var jr: [String] = []
        switch commaParts.count {
        case 1:
            let w = commaParts[0]
            // First von Last: von runs from the first lowercase word to the last lowercase word before the last word.
            if let vonStart = w.indices.dropLast().first(where: { isLowercase(w[$0]) }) {
                first = Array(w[..<vonStart])
                vonLast = Array(w[vonStart...])
            } else {
                first = Array(w.dropLast())
                vonLast = w.last.map { [$0] } ?? []
            }
        case 2:
            vonLast = commaParts[0]
            first = commaParts[1]
        default:
            vonLast = commaParts[0]
            jr = commaParts[1]
            first = Array(commaParts[2...].joined())
        }
        var von: [String] = []
        if vonLast.count > 1, let lastVon = vonLast.indices.dropLast().last(where: { isLowercase(vonLast[$0]) }) {
            von = Array(vonLast[...lastVon])
            vonLast = Array(vonLast[(lastVon + 1)...])
        }
        return assemble(family: join(vonLast), given: join(first), particle: join(von), suffix: join(jr))
    }

    /// A name from BibTeX's parts; a name with only "First" words is a family name (`{Aristotle}`).
    private static func assemble(family: String?, given: String?, particle: String?, suffix: String?) -> Name {
        var name = Name()
        name.family = family ?? given
        name.given = family == nil ? nil : given
        name.nonDroppingParticle = particle
        name.suffix = suffix
        return name
    }

    /// biblatex's extended name format: `family=Smith, given=John, prefix=von, suffix=Jr`.
    static func extendedName(_ parts: [String]) -> Name? {
        // Every part is `key=value`: without an '=' in the first, the name is not in this format.
        guard let first = parts.first, first.utf8.contains(UInt8(ascii: "=")) else { return nil }
        var values: [String: String] = [:]
        for part in parts {
            guard let eq = part.firstIndex(of: "=") else { return nil }
            let key = part[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
            var value = part[part.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("{"), value.hasSuffix("}"), enclosedInOneGroup(value) { value = String(value.dropFirst().dropLast()) }
            values[key] = value
        }
        guard values["family"] != nil || values["given"] != nil else { return nil }
        var name = Name()
        name.family = values["family"].flatMap { join([$0]) }
        name.given = values["given"].flatMap { join([$0]) }
        name.nonDroppingParticle = values["prefix"].flatMap { join([$0]) }
        name.suffix = values["suffix"].flatMap { join([$0]) }
        if name.family == nil { name.family = name.given; name.given = nil }
        return name
    }

    private static func join(_ words: [String]) -> String? {
        if words.isEmpty { return nil }
        let text = decode(words.joined(separator: " "))
        return text.isEmpty ? nil : text
    }

    private static func decode(_ raw: String) -> String {
        let text = LaTeXDecoder.decode(raw, richText: false)
        // A tie becomes U+00A0 (bytes C2 A0): inside a name it is a plain space.
        return text.utf8.contains(0xA0) ? text.replacingOccurrences(of: "\u{00A0}", with: " ") : text
    }

    /// Whether the whole text is one `{...}` group.
    static func enclosedInOneGroup(_ raw: String) -> Bool {
        var depth = 0
        for (k, c) in raw.unicodeScalars.enumerated() {
            if c == "{" { depth += 1 } else if c == "}" {
                depth -= 1
                if depth == 0, k != raw.unicodeScalars.count - 1 { return false }
            }
        }
        return true
    }

    /// Splits at `separator` (ASCII) outside braces.
    static func splitTopLevel(_ raw: String, separator: UInt8) -> [String] {
        var parts: [String] = []
        var partStart = raw.utf8.startIndex
        var depth = 0
        for k in raw.utf8.indices {
            let c = raw.utf8[k]
            if c == UInt8(ascii: "{") { depth += 1 } else if c == UInt8(ascii: "}") { depth = max(0, depth - 1) }
            if c == separator, depth == 0 {
                parts.append(String(raw.utf8[partStart..<k]) ?? "")
                partStart = raw.utf8.index(after: k)
            }
        }
        parts.append(String(raw.utf8[partStart...]) ?? "")
        return parts
    }

    /// The words of a name part: split at white space and ties outside braces.
    static func words(_ raw: String) -> [String] {
        var out: [String] = []
        var wordStart: String.Index?
        var depth = 0
        for k in raw.utf8.indices {
            let c = raw.utf8[k]
            if c == UInt8(ascii: "{") { depth += 1 } else if c == UInt8(ascii: "}") { depth = max(0, depth - 1) }
            if depth == 0, c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == UInt8(ascii: "~") {
                if let start = wordStart { out.append(String(raw.utf8[start..<k]) ?? "") }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = k
            }
        }
        if let start = wordStart { out.append(String(raw.utf8[start...]) ?? "") }
        return out
    }

    /// BibTeX's case of a word: its first letter at brace depth 0; a group opening with a command
    /// (`{\v c}`) counts by the letter it makes; other brace groups have no case (not lowercase).
    static func isLowercase(_ word: String) -> Bool {
        // Most words start with a letter: its case decides.
        if let first = word.unicodeScalars.first, first != "{", first != "\\", first.properties.isAlphabetic {
            return first.properties.isLowercase
        }
        let scalars = Array(word.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "{" {
                if i + 1 < scalars.count, scalars[i + 1] == "\\" {
                    // A special character: the case of the first letter it produces.
                    var depth = 0
                    var j = i
                    while j < scalars.count {
                        if scalars[j] == "{" { depth += 1 } else if scalars[j] == "}" { depth -= 1; if depth == 0 { break } }
                        j += 1
                    }
                    let inner = String(String.UnicodeScalarView(scalars[i..<min(j + 1, scalars.count)]))
                    let decoded = LaTeXDecoder.decode(inner, richText: false)
                    if let letter = decoded.unicodeScalars.first(where: { $0.properties.isAlphabetic }) {
                        return letter.properties.isLowercase
                    }
                    return false
                }
                return false
            }
            if c == "\\" {
                let decoded = LaTeXDecoder.decode(word, richText: false)
                if let letter = decoded.unicodeScalars.first(where: { $0.properties.isAlphabetic }) {
                    return letter.properties.isLowercase
                }
                return false
            }
            if c.properties.isAlphabetic { return c.properties.isLowercase }
            i += 1
        }
        return false
    }
}
