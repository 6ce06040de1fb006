/// A piece of rendered output before it is written in a format.
indirect enum Inline: Sendable, Hashable {
    case text(String)
    case font(FontStyle, [Inline])
    /// Quoted text; `single` marks a field's single quotes (they flip with nesting like double ones).
    case quoted([Inline], single: Bool = false)
    /// Text that text-case transformations leave alone.
    case nocase([Inline])
    /// Text whose decorations are reset (`<span class="nodecor">`).
    case nodecor([Inline])
    case display(String, [Inline])
    /// Text a user typed (a cite's prefix or suffix): the style's `punctuation-in-quote` does not move
    /// the punctuation typed after a closing quote inside it (citeproc-js renders such affixes as given).
    case typed([Inline])
}

extension Inline {
    var children: [Inline]? {
        switch self {
        case .text: return nil
        case .font(_, let c), .quoted(let c, _), .nocase(let c), .nodecor(let c), .display(_, let c), .typed(let c): return c
        }
    }

    func replacingChildren(_ c: [Inline]) -> Inline {
        switch self {
        case .text: return self
        case .font(let f, _): return .font(f, c)
        case .quoted(_, let single): return .quoted(c, single: single)
        case .nocase: return .nocase(c)
        case .nodecor: return .nodecor(c)
        case .display(let d, _): return .display(d, c)
        case .typed: return .typed(c)
        }
    }
}

extension Array where Element == Inline {
    /// The text without markup (quotes shown as straight marks).
    var plainText: String {
        var s = ""
        appendPlain(to: &s)
        return s
    }

    func appendPlain(to s: inout String) {
        for i in self {
            switch i {
            case .text(let t): s += t
            case .quoted(let c, _):
                s += "\u{201C}"
                c.appendPlain(to: &s)
                s += "\u{201D}"
            default: i.children?.appendPlain(to: &s)
            }
        }
    }

    var isBlank: Bool {
        for i in self {
            switch i {
            case .text(let t): if !t.isEmpty { return false }
            case .quoted: return false
            default: if !(i.children?.isBlank ?? true) { return false }
            }
        }
        return true
    }

    /// The last character of the output (a closing quote counts as `”`).
    var lastCharacter: Character? {
        for i in reversed() {
            switch i {
            case .text(let t): if let c = t.last { return c }
            case .quoted(let c, _): if !c.isBlank { return "\u{201D}" }
            default: if let c = i.children?.lastCharacter { return c }
            }
        }
        return nil
    }

    var firstCharacter: Character? {
        for i in self {
            switch i {
            case .text(let t): if let c = t.first { return c }
            case .quoted(let c, _): if !c.isBlank { return "\u{201C}" }
            default: if let c = i.children?.firstCharacter { return c }
            }
        }
        return nil
    }

    /// Removes the last character of the output's last text.
    mutating func dropLastCharacter() {
        var idx = count - 1
        while idx >= 0 {
            switch self[idx] {
            case .text(let t):
                if !t.isEmpty {
                    self[idx] = .text(String(t.dropLast()))
                    return
                }
            case .quoted:
                return
            default:
                if var c = self[idx].children, c.lastCharacter != nil {
                    c.dropLastCharacter()
                    self[idx] = self[idx].replacingChildren(c)
                    return
                }
            }
            idx -= 1
        }
    }

    /// Removes the first character of the output's first text.
    mutating func dropFirstCharacter() {
        for idx in indices {
            switch self[idx] {
            case .text(let t):
                if !t.isEmpty {
                    self[idx] = .text(String(t.dropFirst()))
                    return
                }
            case .quoted:
                return
            default:
                if var c = self[idx].children, c.firstCharacter != nil {
                    c.dropFirstCharacter()
                    self[idx] = self[idx].replacingChildren(c)
                    return
                }
            }
        }
    }

    /// Appends `other`, merging colliding punctuation at the join (". ." → ".", "?." → "?").
    ///
    /// A comma or period that meets a space left by an affix or a delimiter ("Life, " + ", 1965",
    /// "(n.d.). " + ".") attaches to the text before the space and merges with the punctuation there
    /// ("Life, 1965", "(n.d.)."). CSL 1.0.2 defines no such merging (the documentation's issue 81 leaves
    /// adjacent-punctuation rules to processors); this is the Haskell citeproc's rule, which keeps
    /// empty variables from leaving doubled marks in real styles. Only a plain space goes, so a
    /// no-break space before French `;` or `:` and ISO 690's " : " separators stay.
    mutating func appendMerging(_ other: [Inline]) {
        guard var last = lastCharacter, let first = other.firstCharacter else {
            append(contentsOf: other)
            return
        }
        if last == " " && (first == "," || first == ".") {
            while lastCharacter == " " { dropLastCharacter() }
            guard let before = lastCharacter else {
                append(contentsOf: other)
                return
            }
            last = before
        }
        var other = other
        if Inline.replaces(last, first) {
            dropLastCharacter()
        } else if Inline.absorbs(last, first) {
            other.dropFirstCharacter()
        } else if last.isWhitespace && first == " " {
            other.dropFirstCharacter()
        }
        append(contentsOf: other)
    }

    mutating func appendMerging(_ text: String) {
        if text.isEmpty { return }
        appendMerging([.text(text)])
    }
}

extension Inline {
    /// Whether punctuation `next` is swallowed after `previous` (citeproc-js's punctuation table).
    static func absorbs(_ previous: Character, _ next: Character) -> Bool {
        if previous == next && ".,;:!?".contains(next) { return true }
        switch next {
        case ":": return ";!?".contains(previous)
        case ".": return ":;!?".contains(previous)
        default: return false
        }
    }

    /// Whether `next` replaces `previous` ("colon:" + "!" → "colon!").
    static func replaces(_ previous: Character, _ next: Character) -> Bool {
        "!?".contains(next) && ":;".contains(previous)
    }

    /// Joins parts with a delimiter, merging punctuation at each join.
    ///
    /// A part that opens with its own separating mark (a prefix ", " or ". " of a variable whose
    /// neighbour was empty) takes the delimiter's place instead of following it, so an empty part
    /// leaves no doubled mark ("Life" + ", " + ", 1965" → "Life, 1965"). CSL 1.0.2 is silent; this
    /// is the Haskell citeproc's delimiter rule (pandoc).
    static func join(_ parts: [[Inline]], delimiter: String) -> [Inline] {
        var out: [Inline] = []
        for (i, p) in parts.enumerated() {
            if i > 0 && !delimiter.isEmpty && !Inline.opensWithSeparator(p) { out.appendMerging(delimiter) }
            out.appendMerging(p)
        }
        return out
    }

    /// Whether output begins with a comma, semicolon or period: a separator of its own.
    static func opensWithSeparator(_ p: [Inline]) -> Bool {
        guard let c = p.firstCharacter else { return false }
        return c == "," || c == ";" || c == "."
    }
}
