import Foundation

/// LaTeX in BibTeX field values to Unicode: accents (`{\'e}`, `\'{\i}`, `\v{c}`), named letters
/// (`\ss`, `\AA`, `\L`, `\o`, `\ae`), escaped specials (`\&`, `\%`, `\$`, `\_`), ties, dashes and
/// quotes; math (`$...$`) is kept as written.
///
/// With `richText`, top-level `{Protected}` groups become CSL `nocase` spans and formatting commands
/// (`\emph`, `\textbf`, `\textsc`, `\textsuperscript`, ...) become CSL-JSON's HTML-like markup.
enum LaTeXDecoder {
    /// Decodes `text`; `richText` for titles, where protection and formatting carry meaning.
    static func decode(_ text: String, richText: Bool) -> String {
        var text = text
        // Fast path: nothing LaTeX-like to interpret.
        if !text.withUTF8({ $0.contains(where: isSpecial) }) { return collapseSpace(text) }
        let (out, addedMarks) = text.withUTF8 { bytes in
            var state = State(bytes: bytes, richText: richText)
            state.run(depth: 0, inGroup: false)
            return (String(decoding: state.out, as: UTF8.self), state.addedMarks)
        }
        // Composing is costly: only text where an accent was added needs it.
        return addedMarks ? collapseSpace(out).precomposedStringWithCanonicalMapping : collapseSpace(out)
    }

    /// Bytes that start something to interpret: `\\ { } $ ~ - ` ' ` and line breaks or tabs.
    private static func isSpecial(_ b: UInt8) -> Bool {
        switch b {
        case 0x5C, 0x7B, 0x7D, 0x24, 0x7E, 0x2D, 0x60, 0x27, 0x0A, 0x0D, 0x09: return true
        default: return false
        }
    }

    /// Runs of white space (line breaks in a value included) as one space, trimmed.
    static func collapseSpace(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { collapseSpace(text, bytes: $0) }
    }

    private static func collapseSpace(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Most values have single spaces between words only: they are returned as they are.
        var clean = true
        var afterSpace = true
        for b in bytes {
            if b == 0x20 {
                if afterSpace { clean = false; break }
                afterSpace = true
            } else if b == 0x0A || b == 0x09 || b == 0x0D {
                clean = false
                break
            } else {
                afterSpace = false
            }
        }
        if clean, !afterSpace { return text }
        // The white space is ASCII, so working on UTF-8 bytes never splits a character.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for b in bytes {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                pendingSpace = true
                continue
            }
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let accents: [String: Unicode.Scalar] = [
        "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "\"": "\u{0308}", "~": "\u{0303}", "=": "\u{0304}",
        ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}", "c": "\u{0327}", "k": "\u{0328}",
        "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}", "t": "\u{0361}",
    ]

    static let symbols: [String: String] = [
        "ss": "ß", "SS": "SS", "AA": "Å", "aa": "å", "AE": "Æ", "ae": "æ", "OE": "Œ", "oe": "œ",
        "O": "Ø", "o": "ø", "L": "Ł", "l": "ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ",
        "TH": "Þ", "ng": "ŋ", "NG": "Ŋ", "dj": "đ", "DJ": "Đ", "ldots": "…", "dots": "…", "textellipsis": "…",
        "textendash": "–", "textemdash": "—", "textquoteleft": "‘", "textquoteright": "’",
        "textquotedblleft": "“", "textquotedblright": "”", "guillemotleft": "«", "guillemotright": "»",
        "S": "§", "P": "¶", "copyright": "©", "textcopyright": "©", "textregistered": "®",
        "texttrademark": "™", "pounds": "£", "textsterling": "£", "euro": "€", "texteuro": "€",
        "textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^", "textunderscore": "_",
        "textdegree": "°", "textbullet": "•", "textbar": "|", "textless": "<", "textgreater": ">",
        "dag": "†", "ddag": "‡", "textdagger": "†", "textdaggerdbl": "‡", "textperiodcentered": "·",
        "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "LaTeXe": "LaTeX2e", "textexclamdown": "¡",
        "textquestiondown": "¿", "quad": " ", "qquad": " ", "textellipsis ": "…", "slash": "/",
        "textpercent": "%", "textdollar": "$", "textampersand": "&", "textnumero": "№", "textmu": "µ",
    ]

    /// Formatting commands with one argument and the markup each becomes in rich text.
    static let formatting: [String: (String, String)] = [
        "emph": ("<i>", "</i>"), "textit": ("<i>", "</i>"), "textsl": ("<i>", "</i>"), "mkbibemph": ("<i>", "</i>"),
        "mkbibitalic": ("<i>", "</i>"), "textbf": ("<b>", "</b>"), "mkbibbold": ("<b>", "</b>"),
        "textsc": ("<span style=\"font-variant:small-caps;\">", "</span>"),
        "textsuperscript": ("<sup>", "</sup>"), "mkbibsuperscript": ("<sup>", "</sup>"),
        "textsubscript": ("<sub>", "</sub>"), "mkbibsubscript": ("<sub>", "</sub>"),
        "mkbibquote": ("“", "”"), "enquote": ("“", "”"),
    ]

    /// Old-style switches that format the rest of their group (`{\em text}`).
    static let switches: [String: (String, String)] = [
        "em": ("<i>", "</i>"), "it": ("<i>", "</i>"), "sl": ("<i>", "</i>"), "itshape": ("<i>", "</i>"),
        "bf": ("<b>", "</b>"), "bfseries": ("<b>", "</b>"),
        "sc": ("<span style=\"font-variant:small-caps;\">", "</span>"), "scshape": ("<span style=\"font-variant:small-caps;\">", "</span>"),
    ]

    /// The decoder's pass over the UTF-8 bytes of a value, writing into one output buffer. Every
    /// byte it interprets is ASCII, and UTF-8 never uses ASCII bytes inside a longer character, so
    /// other characters are copied whole and unchanged.
    private struct State {
        let bytes: UnsafeBufferPointer<UInt8>
        let richText: Bool
        var i = 0
        var out: [UInt8] = []
        var addedMarks = false

        init(bytes: UnsafeBufferPointer<UInt8>, richText: Bool) {
            self.bytes = bytes
            self.richText = richText
            out.reserveCapacity(bytes.count)
        }

        /// Reads until the end or the `}` closing the current group (consumed), appending to `out`.
        /// `depth` is the brace depth that decides protection; `inGroup` whether a `}` ends this run.
        mutating func run(depth: Int, inGroup: Bool = true) {
            while i < bytes.count {
                let c = bytes[i]
                switch c {
                case UInt8(ascii: "}"):
                    i += 1
                    if inGroup { return }
                case UInt8(ascii: "{"):
                    i += 1
                    group(depth: depth)
                case UInt8(ascii: "\\"):
                    command(depth: depth)
                case UInt8(ascii: "$"):
                    math()
                case UInt8(ascii: "~"):
                    i += 1
                    append("\u{00A0}")
                case UInt8(ascii: "-"):
                    if peek(1) == UInt8(ascii: "-"), peek(2) == UInt8(ascii: "-") { i += 3; append("—") } else if peek(1) == UInt8(ascii: "-") { i += 2; append("–") } else { i += 1; out.append(c) }
                case UInt8(ascii: "`"):
                    if peek(1) == UInt8(ascii: "`") { i += 2; append("“") } else { i += 1; append("‘") }
                case UInt8(ascii: "'"):
                    if peek(1) == UInt8(ascii: "'") { i += 2; append("”") } else { i += 1; out.append(c) }
                default:
                    i += 1
                    out.append(c)
                }
            }
        }

        func peek(_ k: Int) -> UInt8? { i + k < bytes.count ? bytes[i + k] : nil }

        mutating func append(_ text: String) { out.append(contentsOf: text.utf8) }

        /// The length of the character (scalar) whose UTF-8 starts with `lead`.
        static func scalarLength(_ lead: UInt8) -> Int {
            lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        }

        /// A `{...}` group (the `{` consumed): a special character when it opens with a command,
        /// a protected span at the top level of a title, plain text otherwise.
        mutating func group(depth: Int) {
            let start = out.count
            if peek(0) == UInt8(ascii: "\\") {
                let save = i
                i += 1
                let name = letters()
                if let (open, close) = switches[name] {
                    skipSpaces()
                    run(depth: depth)
                    if richText { wrap(from: start, open, close) }
                    return
                }
                i = save
                run(depth: depth + 1)
                return
            }
            run(depth: depth + 1)
            if richText, depth == 0, out.count > start, hasLetter(from: start) {
                wrap(from: start, "<span class=\"nocase\">", "</span>")
            }
        }

        /// Puts `open` before the output from `start` on and `close` after it.
        mutating func wrap(from start: Int, _ open: String, _ close: String) {
            out.insert(contentsOf: open.utf8, at: start)
            append(close)
        }

        /// Whether the output from `start` on holds an alphabetic character.
        func hasLetter(from start: Int) -> Bool {
            var nonASCII = false
            for k in start..<out.count {
                let b = out[k]
                if b >= 0x80 { nonASCII = true } else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { return true }
            }
            guard nonASCII else { return false }
            return String(decoding: out[start...], as: UTF8.self).unicodeScalars.contains { $0.properties.isAlphabetic }
        }

        mutating func letters() -> String {
            let s = i
            while i < bytes.count, (bytes[i] | 0x20) >= 0x61, (bytes[i] | 0x20) <= 0x7A { i += 1 }
            return String(decoding: bytes[s..<i], as: UTF8.self)
        }

        mutating func skipSpaces() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
        }

        /// A command at `\`.
        mutating func command(depth: Int) {
            i += 1
            guard i < bytes.count else { append("\\"); return }
            let c = bytes[i]
            if !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) {
                let length = Self.scalarLength(c)
                let scalar = bytes[i..<min(i + length, bytes.count)]
                i += length
                switch c {
                case UInt8(ascii: "&"), UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "_"), UInt8(ascii: "#"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                    out.append(c)
                case UInt8(ascii: " "), 0x0A, 0x09, UInt8(ascii: "\\"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"):
                    out.append(0x20)
                case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "@"):
                    break
                default:
                    let name = String(decoding: scalar, as: UTF8.self)
                    if let mark = LaTeXDecoder.accents[name] { accent(mark, command: name); return }
                    out.append(UInt8(ascii: "\\"))
                    out.append(contentsOf: scalar)
                }
                return
            }
            let name = letters()
            if let mark = LaTeXDecoder.accents[name], name.utf8.count == 1 {
                accent(mark, command: name)
                return
            }
            skipSpaces()
            if let symbol = LaTeXDecoder.symbols[name] {
                // `\o{}` and `\ss{}`: an empty group after a letter command only ends it.
                if peek(0) == UInt8(ascii: "{"), peek(1) == UInt8(ascii: "}") { i += 2 }
                append(symbol)
                return
            }
            if let (open, close) = LaTeXDecoder.formatting[name], peek(0) == UInt8(ascii: "{") {
                i += 1
                // Braces inside a formatting argument protect as they would outside it.
                let start = out.count
                run(depth: depth)
                if richText || open.first != "<" { wrap(from: start, open, close) }
                return
            }
            if name == "href", peek(0) == UInt8(ascii: "{") {
                i += 1
                let start = out.count
                run(depth: depth + 1)
                out.removeSubrange(start...)
                skipSpaces()
                if peek(0) == UInt8(ascii: "{") { i += 1; run(depth: depth + 1) }
                return
            }
            if peek(0) == UInt8(ascii: "{") {
                // Other commands with an argument (`\url`, `\mbox`, `\textrm`, `\NoCaseChange`): the argument's text.
                i += 1
                run(depth: depth + 1)
                return
            }
            // Unknown commands without an argument are kept as written, so no text is lost.
            append("\\" + name + " ")
        }

        /// The argument of an accent, with the combining mark after its first letter.
        mutating func accent(_ mark: Unicode.Scalar, command name: String) {
            skipSpaces()
            // An accent with nothing to sit on (`{\d}`) is kept as written.
            if i >= bytes.count || peek(0) == UInt8(ascii: "}") { append("\\" + name); return }
            let start = out.count
            if peek(0) == UInt8(ascii: "{") {
                i += 1
                run(depth: 1)
            } else if peek(0) == UInt8(ascii: "\\") {
                command(depth: 1)
            } else {
                let length = Self.scalarLength(bytes[i])
                out.append(contentsOf: bytes[i..<min(i + length, bytes.count)])
                i += length
            }
            guard out.count > start else {
                out.append(contentsOf: String(mark).utf8)
                return
            }
            // An accent on a dotless i or j (`\'\i`) is an accent on i or j (when the dotless letter is a character by itself).
            for (dotless, letter) in [("ı", UInt8(ascii: "i")), ("ȷ", UInt8(ascii: "j"))] where out[start...].starts(with: dotless.utf8) {
                if String(decoding: out[start...], as: UTF8.self).hasPrefix(dotless) {
                    out.replaceSubrange(start..<(start + dotless.utf8.count), with: [letter])
                }
            }
            addedMarks = true
            out.insert(contentsOf: String(mark).utf8, at: start + Self.scalarLength(out[start]))
        }

        /// `$...$`, kept as written (`$$...$$` reads as two such spans, the same text).
        mutating func math() {
            let start = i
            i += 1
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
                if bytes[i] == UInt8(ascii: "$") {
                    i += 1
                    out.append(contentsOf: bytes[start..<min(i, bytes.count)])
                    return
                }
                i += 1
            }
            out.append(contentsOf: bytes[start..<bytes.count])
        }
    }
}
