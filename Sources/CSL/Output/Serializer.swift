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
                if punctuationInQuote, let f = t.first, ".,!?;:".contains(f), endsWithClosingQuote(out) {
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

    /// Unicode superscript letters written as `<sup>` in HTML (as citeproc-js does).
    static let superscripts: [Character: String] = [
        "\u{AA}": "a", "\u{BA}": "o", "\u{2B3}": "r", "\u{1D49}": "e", "\u{2E2}": "s", "\u{1D48}": "d",
        "\u{207F}": "n", "\u{2B0}": "h", "\u{1D57}": "t", "\u{2E1}": "l", "\u{1D50}": "m",
        "\u{B9}": "1", "\u{B2}": "2", "\u{B3}": "3",
    ]

    func escape(_ s: String) -> String {
        switch format {
        case .text: return s
        case .html:
            if !s.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || Serializer.superscripts[$0] != nil }) { return s }
            var r = ""
            for c in s {
                if let sup = Serializer.superscripts[c] {
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
