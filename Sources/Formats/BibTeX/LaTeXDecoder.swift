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
        // Fast path: nothing LaTeX-like to interpret.
        if !text.utf8.contains(where: isSpecial) { return collapseSpace(text) }
        var state = State(scalars: Array(text.unicodeScalars), richText: richText)
        let out = state.run(depth: 0, inGroup: false)
        // Composing is costly: only text where an accent was added needs it.
        return state.addedMarks ? collapseSpace(out).precomposedStringWithCanonicalMapping : collapseSpace(out)
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
        // Most values have single spaces between words only: they are returned as they are.
        var clean = true
        var afterSpace = true
        for b in text.utf8 {
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
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for b in text.utf8 {
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

    private struct State {
        let scalars: [Unicode.Scalar]
        let richText: Bool
        var i = 0
        var addedMarks = false

        init(scalars: [Unicode.Scalar], richText: Bool) {
            self.scalars = scalars
            self.richText = richText
        }

        /// Reads until the end or the `}` closing the current group (consumed).
        /// `depth` is the brace depth that decides protection; `inGroup` whether a `}` ends this run.
        mutating func run(depth: Int, inGroup: Bool = true) -> String {
            var out = ""
            while i < scalars.count {
                let c = scalars[i]
                switch c {
                case "}":
                    i += 1
                    if inGroup { return out }
                case "{":
                    i += 1
                    out += group(depth: depth)
                case "\\":
                    out += command(depth: depth)
                case "$":
                    out += math()
                case "~":
                    i += 1
                    out += "\u{00A0}"
                case "-":
                    if peek(1) == "-", peek(2) == "-" { i += 3; out += "—" } else if peek(1) == "-" { i += 2; out += "–" } else { i += 1; out += "-" }
                case "`":
                    if peek(1) == "`" { i += 2; out += "“" } else { i += 1; out += "‘" }
                case "'":
                    if peek(1) == "'" { i += 2; out += "”" } else { i += 1; out += "'" }
                default:
                    i += 1
                    out.unicodeScalars.append(c)
                }
            }
            return out
        }

        func peek(_ k: Int) -> Unicode.Scalar? { i + k < scalars.count ? scalars[i + k] : nil }

        /// A `{...}` group (the `{` consumed): a special character when it opens with a command,
        /// a protected span at the top level of a title, plain text otherwise.
        mutating func group(depth: Int) -> String {
            if peek(0) == "\\" {
                let save = i
                i += 1
                let name = letters()
                if let (open, close) = switches[name] {
                    skipSpaces()
                    let inner = run(depth: depth)
                    return richText ? open + inner + close : inner
                }
                i = save
                return run(depth: depth + 1)
            }
            let inner = run(depth: depth + 1)
            if richText, depth == 0, !inner.isEmpty, inner.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                return "<span class=\"nocase\">" + inner + "</span>"
            }
            return inner
        }

        mutating func letters() -> String {
            var name = ""
            while i < scalars.count, scalars[i].isASCII, scalars[i].properties.isAlphabetic {
                name.unicodeScalars.append(scalars[i])
                i += 1
            }
            return name
        }

        mutating func skipSpaces() {
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\n" || scalars[i] == "\t" || scalars[i] == "\r" { i += 1 }
        }

        /// A command at `\`.
        mutating func command(depth: Int) -> String {
            i += 1
            guard i < scalars.count else { return "\\" }
            let c = scalars[i]
            if !(c.isASCII && c.properties.isAlphabetic) {
                i += 1
                switch c {
                case "&", "%", "$", "_", "#", "{", "}": return String(c)
                case " ", "\n", "\t": return " "
                case "\\": return " "
                case ",", ";", ":": return " "
                case "-", "/", "@": return ""
                default:
                    if let mark = LaTeXDecoder.accents[String(c)] { return accent(mark, command: String(c)) }
                    return "\\" + String(c)
                }
            }
            let name = letters()
            if let mark = LaTeXDecoder.accents[name], name.count == 1 {
                return accent(mark, command: name)
            }
            skipSpaces()
            if let symbol = LaTeXDecoder.symbols[name] {
                // `\o{}` and `\ss{}`: an empty group after a letter command only ends it.
                if peek(0) == "{", peek(1) == "}" { i += 2 }
                return symbol
            }
            if let (open, close) = LaTeXDecoder.formatting[name], peek(0) == "{" {
                i += 1
                // Braces inside a formatting argument protect as they would outside it.
                let inner = run(depth: depth)
                return richText || open.first != "<" ? open + inner + close : inner
            }
            if name == "href", peek(0) == "{" {
                i += 1
                _ = run(depth: depth + 1)
                skipSpaces()
                if peek(0) == "{" { i += 1; return run(depth: depth + 1) }
                return ""
            }
            if peek(0) == "{" {
                // Other commands with an argument (`\url`, `\mbox`, `\textrm`, `\NoCaseChange`): the argument's text.
                i += 1
                return run(depth: depth + 1)
            }
            // Unknown commands without an argument are kept as written, so no text is lost.
            return "\\" + name + " "
        }

        /// The argument of an accent, with the combining mark after its first letter.
        mutating func accent(_ mark: Unicode.Scalar, command name: String) -> String {
            skipSpaces()
            var base: String
            // An accent with nothing to sit on (`{\d}`) is kept as written.
            if i >= scalars.count || peek(0) == "}" { return "\\" + name }
            if peek(0) == "{" {
                i += 1
                base = run(depth: 1)
            } else if peek(0) == "\\" {
                base = command(depth: 1)
            } else {
                base = String(scalars[i])
                i += 1
            }
            // An accent on a dotless i or j (`\'\i`) is an accent on i or j.
            if base.hasPrefix("ı") { base = "i" + base.dropFirst() }
            if base.hasPrefix("ȷ") { base = "j" + base.dropFirst() }
            guard let first = base.unicodeScalars.first else { return String(mark) }
            addedMarks = true
            var out = String(first)
            out.unicodeScalars.append(mark)
            out.unicodeScalars.append(contentsOf: base.unicodeScalars.dropFirst())
            return out
        }

        /// `$...$`, kept as written (`$$...$$` reads as two such spans, the same text).
        mutating func math() -> String {
            let start = i
            i += 1
            while i < scalars.count {
                if scalars[i] == "\\" { i += 2; continue }
                if scalars[i] == "$" {
                    i += 1
                    var out = ""
                    out.unicodeScalars.append(contentsOf: scalars[start..<min(i, scalars.count)])
                    return out
                }
                i += 1
            }
            var out = ""
            out.unicodeScalars.append(contentsOf: scalars[start..<scalars.count])
            return out
        }
    }
}
