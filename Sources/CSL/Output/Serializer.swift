/// The output format of rendered citations and bibliographies.
public enum CSLOutputFormat: String, Sendable, CaseIterable {
    /// Plain text, no markup.
    case text
    /// HTML as the CSL test suite expects (`<i>`, `<b>`, small-caps spans, `&#38;`).
    case html
    /// Markdown (`*italic*`, `**bold**`).
    case markdown
}

/// Writes ``Inline`` output in a format, resolving nested quotes and flip-flopping fonts.
struct Serializer {
    let format: CSLOutputFormat
    let quotes: (open: String, close: String, innerOpen: String, innerClose: String)
    let punctuationInQuote: Bool

    private struct State {
        var quoteLevel = 0
        /// Whether the enclosing quote was rendered with single (inner) marks; `nil` outside quotes.
        var enclosingSingle: Bool?
        var italic = false
        var bold = false
        var smallCaps = false
        /// Where text the user typed began in the output: punctuation typed after a closing quote that
        /// is itself typed stays where it was typed (a mark that opens the typed text still meets the
        /// style's quote before it and moves in).
        var typedStart: Int?
    }

    func write(_ inlines: [Inline]) -> String {
        var out = ""
        write(inlines, state: State(), into: &out)
        return out
    }

    private func write(_ inlines: [Inline], state: State, into out: inout String) {
        for i in inlines {
            switch i {
            case .text(let t):
                var t = t
                if punctuationInQuote, state.typedStart.map({ out.utf8.count <= $0 }) ?? true, let f = t.first, ".,!?;:".contains(f), endsWithClosingQuote(out) {
                    if ".,!?".contains(f) {
                        insertBeforeClosingQuote(String(f), in: &out)
                        t.removeFirst()
                    } else if let inner = lastCharInsideQuotes(out), Inline.absorbs(inner, f) {
                        t.removeFirst()
                    }
                }
                out += escape(t)
            case .quoted(let c, let single):
                // A quote inside a quote of the same kind flips to the other kind.
                let inner = state.enclosingSingle.map { $0 == single } == true ? !single : single
                out += escape(inner ? quotes.innerOpen : quotes.open)
                var s = state
                s.quoteLevel += 1
                s.enclosingSingle = inner
                write(c, state: s, into: &out)
                out += escape(inner ? quotes.innerClose : quotes.close)
            case .nocase(let c):
                write(c, state: state, into: &out)
            case .typed(let c):
                var s = state
                s.typedStart = out.utf8.count
                write(c, state: s, into: &out)
            case .nodecor(let c):
                var s = state
                var open = "", close = ""
                if format == .html {
                    if state.italic { open += "<span style=\"font-style:normal;\">"; close = "</span>" + close; s.italic = false }
                    if state.bold { open += "<span style=\"font-weight:normal;\">"; close = "</span>" + close; s.bold = false }
                    if state.smallCaps { open += "<span style=\"font-variant:normal;\">"; close = "</span>" + close; s.smallCaps = false }
                }
                out += open
                write(c, state: s, into: &out)
                out += close
            case .display(let d, let c):
                if format == .html {
                    // Line breaks around display blocks as the CSL test suite (citeproc-js) writes them.
                    switch d {
                    case "block": out += "\n\n    <div class=\"csl-block\">"
                    case "left-margin": out += "\n    <div class=\"csl-left-margin\">"
                    default: out += "<div class=\"csl-\(d)\">"
                    }
                    write(c, state: state, into: &out)
                    switch d {
                    case "block": out += "</div>\n"
                    case "right-inline", "indent": out += "</div>\n  "
                    default: out += "</div>"
                    }
                } else {
                    write(c, state: state, into: &out)
                    if d == "left-margin" && !out.hasSuffix(" ") { out += " " }
                    if d == "block" && !out.isEmpty && !out.hasSuffix("\n") { out += "\n" }
                }
            case .font(let f, let c):
                var s = state
                var tags: [(String, String)] = []
                if let fs = f.fontStyle {
                    if fs == "italic" || fs == "oblique" {
                        if state.italic {
                            tags.append(("<span style=\"font-style:normal;\">", "</span>"))
                            s.italic = false
                        } else {
                            tags.append(fs == "italic" ? ("<i>", "</i>") : ("<span style=\"font-style:oblique;\">", "</span>"))
                            s.italic = true
                        }
                    } else if fs == "normal" && state.italic {
                        tags.append(("<span style=\"font-style:normal;\">", "</span>"))
                        s.italic = false
                    }
                }
                if let fv = f.fontVariant {
                    if fv == "small-caps" {
                        if state.smallCaps {
                            tags.append(("<span style=\"font-variant:normal;\">", "</span>"))
                            s.smallCaps = false
                        } else {
                            tags.append(("<span style=\"font-variant:small-caps;\">", "</span>"))
                            s.smallCaps = true
                        }
                    } else if fv == "normal" && state.smallCaps {
                        tags.append(("<span style=\"font-variant:normal;\">", "</span>"))
                        s.smallCaps = false
                    }
                }
                if let fw = f.fontWeight {
                    if fw == "bold" {
                        if state.bold {
                            tags.append(("<span style=\"font-weight:normal;\">", "</span>"))
                            s.bold = false
                        } else {
                            tags.append(("<b>", "</b>"))
                            s.bold = true
                        }
                    } else if fw == "light" {
                        tags.append(("<span style=\"font-weight:light;\">", "</span>"))
                    } else if fw == "normal" && state.bold {
                        tags.append(("<span style=\"font-weight:normal;\">", "</span>"))
                        s.bold = false
                    }
                }
                if f.textDecoration == "underline" {
                    tags.append(("<span style=\"text-decoration:underline;\">", "</span>"))
                }
                switch f.verticalAlign {
                case "sup": tags.append(("<sup>", "</sup>"))
                case "sub": tags.append(("<sub>", "</sub>"))
                case "baseline": tags.append(("<span style=\"baseline\">", "</span>"))
                default: break
                }
                let rendered: [(String, String)]
                switch format {
                case .html: rendered = tags
                case .text: rendered = []
                case .markdown:
                    rendered = tags.compactMap { t in
                        switch t.0 {
                        case "<i>": return ("*", "*")
                        case "<b>": return ("**", "**")
                        case "<sup>": return ("^", "^")
                        case "<sub>": return ("~", "~")
                        default: return nil
                        }
                    }
                }
                for t in rendered { out += t.0 }
                write(c, state: s, into: &out)
                for t in rendered.reversed() { out += t.1 }
            }
        }
    }

    /// Splits trailing closing tags (`</i>`) off the output.
    private func trailingTags(_ s: String) -> (body: Substring, tags: Substring) {
        var end = s.endIndex
        while s[..<end].hasSuffix(">"), let open = s[..<end].lastIndex(of: "<"),
              s[open...].hasPrefix("</") {
            end = open
        }
        return (s[..<end], s[end...])
    }

    private func endsWithClosingQuote(_ s: String) -> Bool {
        // Cheap test first: output ending in a tag or in the last byte of a closing quote.
        guard let lastByte = s.utf8.last,
              lastByte == 0x3E || lastByte == quotes.close.utf8.last || lastByte == quotes.innerClose.utf8.last else { return false }
        // Punctuation moves into double (outer-style) closing quotes only.
        let body = trailingTags(s).body
        let q = escape(quotes.close)
        return !q.isEmpty && body.hasSuffix(q)
    }

    /// The character before the closing quotes (and tags) that end the output.
    private func lastCharInsideQuotes(_ full: String) -> Character? {
        var s = Substring(trailingTags(full).body)
        let q = escape(quotes.close), iq = escape(quotes.innerClose)
        while true {
            if !q.isEmpty, s.hasSuffix(q) { s = s.dropLast(q.count) } else if !iq.isEmpty, s.hasSuffix(iq) { s = s.dropLast(iq.count) } else { break }
        }
        return s.last
    }

    private func insertBeforeClosingQuote(_ p: String, in full: inout String) {
        // Move the punctuation inside all consecutive closing quotes (and closing tags).
        let split = trailingTags(full)
        var s = String(split.body)
        let tags = String(split.tags)
        defer { full = s + tags }
        var tail = ""
        let q = escape(quotes.close), iq = escape(quotes.innerClose)
        while true {
            if !q.isEmpty, s.hasSuffix(q) {
                s.removeLast(q.count)
                tail = q + tail
            } else if !iq.isEmpty, s.hasSuffix(iq) {
                s.removeLast(iq.count)
                tail = iq + tail
            } else {
                break
            }
        }
        if let last = s.last, Inline.absorbs(last, Character(p)) {
            s += tail
        } else if let last = s.last, Inline.replaces(last, Character(p)) {
            s.removeLast()
            s += p + tail
        } else {
            s += p + tail
        }
    }

    /// Unicode superscript characters written as `<sup>` in HTML (as citeproc-js does): every character
    /// whose compatibility decomposition in UnicodeData.txt is `<super>`, mapped to its base text.
    static let superscripts: [Character: String] = [
        "\u{AA}": "a", "\u{B2}": "2", "\u{B3}": "3", "\u{B9}": "1", "\u{BA}": "o", "\u{2B0}": "h",
        "\u{2B1}": "ɦ", "\u{2B2}": "j", "\u{2B3}": "r", "\u{2B4}": "ɹ", "\u{2B5}": "ɻ", "\u{2B6}": "ʁ",
        "\u{2B7}": "w", "\u{2B8}": "y", "\u{2E0}": "ɣ", "\u{2E1}": "l", "\u{2E2}": "s", "\u{2E3}": "x",
        "\u{2E4}": "ʕ", "\u{10FC}": "ნ", "\u{1D2C}": "A", "\u{1D2D}": "Æ", "\u{1D2E}": "B", "\u{1D30}": "D",
        "\u{1D31}": "E", "\u{1D32}": "Ǝ", "\u{1D33}": "G", "\u{1D34}": "H", "\u{1D35}": "I", "\u{1D36}": "J",
        "\u{1D37}": "K", "\u{1D38}": "L", "\u{1D39}": "M", "\u{1D3A}": "N", "\u{1D3C}": "O", "\u{1D3D}": "Ȣ",
        "\u{1D3E}": "P", "\u{1D3F}": "R", "\u{1D40}": "T", "\u{1D41}": "U", "\u{1D42}": "W", "\u{1D43}": "a",
        "\u{1D44}": "ɐ", "\u{1D45}": "ɑ", "\u{1D46}": "ᴂ", "\u{1D47}": "b", "\u{1D48}": "d", "\u{1D49}": "e",
        "\u{1D4A}": "ə", "\u{1D4B}": "ɛ", "\u{1D4C}": "ɜ", "\u{1D4D}": "g", "\u{1D4F}": "k", "\u{1D50}": "m",
        "\u{1D51}": "ŋ", "\u{1D52}": "o", "\u{1D53}": "ɔ", "\u{1D54}": "ᴖ", "\u{1D55}": "ᴗ", "\u{1D56}": "p",
        "\u{1D57}": "t", "\u{1D58}": "u", "\u{1D59}": "ᴝ", "\u{1D5A}": "ɯ", "\u{1D5B}": "v", "\u{1D5C}": "ᴥ",
        "\u{1D5D}": "β", "\u{1D5E}": "γ", "\u{1D5F}": "δ", "\u{1D60}": "φ", "\u{1D61}": "χ", "\u{1D78}": "н",
        "\u{1D9B}": "ɒ", "\u{1D9C}": "c", "\u{1D9D}": "ɕ", "\u{1D9E}": "ð", "\u{1D9F}": "ɜ", "\u{1DA0}": "f",
        "\u{1DA1}": "ɟ", "\u{1DA2}": "ɡ", "\u{1DA3}": "ɥ", "\u{1DA4}": "ɨ", "\u{1DA5}": "ɩ", "\u{1DA6}": "ɪ",
        "\u{1DA7}": "ᵻ", "\u{1DA8}": "ʝ", "\u{1DA9}": "ɭ", "\u{1DAA}": "ᶅ", "\u{1DAB}": "ʟ", "\u{1DAC}": "ɱ",
        "\u{1DAD}": "ɰ", "\u{1DAE}": "ɲ", "\u{1DAF}": "ɳ", "\u{1DB0}": "ɴ", "\u{1DB1}": "ɵ", "\u{1DB2}": "ɸ",
        "\u{1DB3}": "ʂ", "\u{1DB4}": "ʃ", "\u{1DB5}": "ƫ", "\u{1DB6}": "ʉ", "\u{1DB7}": "ʊ", "\u{1DB8}": "ᴜ",
        "\u{1DB9}": "ʋ", "\u{1DBA}": "ʌ", "\u{1DBB}": "z", "\u{1DBC}": "ʐ", "\u{1DBD}": "ʑ", "\u{1DBE}": "ʒ",
        "\u{1DBF}": "θ", "\u{2070}": "0", "\u{2071}": "i", "\u{2074}": "4", "\u{2075}": "5", "\u{2076}": "6",
        "\u{2077}": "7", "\u{2078}": "8", "\u{2079}": "9", "\u{207A}": "+", "\u{207B}": "−", "\u{207C}": "=",
        "\u{207D}": "(", "\u{207E}": ")", "\u{207F}": "n", "\u{2120}": "SM", "\u{2122}": "TM", "\u{2C7D}": "V",
        "\u{2D6F}": "ⵡ", "\u{3192}": "一", "\u{3193}": "二", "\u{3194}": "三", "\u{3195}": "四", "\u{3196}": "上",
        "\u{3197}": "中", "\u{3198}": "下", "\u{3199}": "甲", "\u{319A}": "乙", "\u{319B}": "丙", "\u{319C}": "丁",
        "\u{319D}": "天", "\u{319E}": "地", "\u{319F}": "人", "\u{A69C}": "ъ", "\u{A69D}": "ь", "\u{A770}": "ꝯ",
        "\u{A7F2}": "C", "\u{A7F3}": "F", "\u{A7F4}": "Q", "\u{A7F8}": "Ħ", "\u{A7F9}": "œ", "\u{AB5C}": "ꜧ",
        "\u{AB5D}": "ꬷ", "\u{AB5E}": "ɫ", "\u{AB5F}": "ꭒ", "\u{AB69}": "ʍ", "\u{10781}": "ː", "\u{10782}": "ˑ",
        "\u{10783}": "æ", "\u{10784}": "ʙ", "\u{10785}": "ɓ", "\u{10787}": "ʣ", "\u{10788}": "ꭦ",
        "\u{10789}": "ʥ", "\u{1078A}": "ʤ", "\u{1078B}": "ɖ", "\u{1078C}": "ɗ", "\u{1078D}": "ᶑ",
        "\u{1078E}": "ɘ", "\u{1078F}": "ɞ", "\u{10790}": "ʩ", "\u{10791}": "ɤ", "\u{10792}": "ɢ",
        "\u{10793}": "ɠ", "\u{10794}": "ʛ", "\u{10795}": "ħ", "\u{10796}": "ʜ", "\u{10797}": "ɧ",
        "\u{10798}": "ʄ", "\u{10799}": "ʪ", "\u{1079A}": "ʫ", "\u{1079B}": "ɬ", "\u{1079C}": "𝼄",
        "\u{1079D}": "ꞎ", "\u{1079E}": "ɮ", "\u{1079F}": "𝼅", "\u{107A0}": "ʎ", "\u{107A1}": "𝼆",
        "\u{107A2}": "ø", "\u{107A3}": "ɶ", "\u{107A4}": "ɷ", "\u{107A5}": "q", "\u{107A6}": "ɺ",
        "\u{107A7}": "𝼈", "\u{107A8}": "ɽ", "\u{107A9}": "ɾ", "\u{107AA}": "ʀ", "\u{107AB}": "ʨ",
        "\u{107AC}": "ʦ", "\u{107AD}": "ꭧ", "\u{107AE}": "ʧ", "\u{107AF}": "ʈ", "\u{107B0}": "ⱱ",
        "\u{107B2}": "ʏ", "\u{107B3}": "ʡ", "\u{107B4}": "ʢ", "\u{107B5}": "ʘ", "\u{107B6}": "ǀ",
        "\u{107B7}": "ǁ", "\u{107B8}": "ǂ", "\u{107B9}": "𝼊", "\u{107BA}": "𝼞", "\u{1F16A}": "MC",
        "\u{1F16B}": "MD", "\u{1F16C}": "MR",
    ]

    func escape(_ s: String) -> String {
        switch format {
        case .text: return s
        case .html:
            if !s.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || Serializer.superscripts[$0] != nil }) { return s }
            var r = ""
            for c in s {
                if let sup = Serializer.superscripts[c] {
                    // One <sup> per character, as citeproc-js writes them ("1<sup>e</sup><sup>r</sup>").
                    r += "<sup>\(sup)</sup>"
                    continue
                }
                switch c {
                case "&": r += "&#38;"
                case "<": r += "&#60;"
                case ">": r += "&#62;"
                default: r.append(c)
                }
            }
            return r
        case .markdown:
            if !s.contains(where: { $0 == "*" || $0 == "_" }) { return s }
            var r = ""
            for c in s {
                if c == "*" || c == "_" { r += "\\" }
                r.append(c)
            }
            return r
        }
    }
}
