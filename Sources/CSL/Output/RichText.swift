/// Parses the markup CSL allows inside field values: `<i>`, `<b>`, `<sc>`, `<sup>`, `<sub>`,
/// `<span style="font-variant:small-caps;">`, `<span class="nocase">`, `<span class="nodecor">`
/// and straight quotes (which become locale quotes).
enum RichText {
    static func parse(_ s: String) -> [Inline] {
        // Fast path on bytes: no markup, straight quotes or “ (E2 80 9C) means plain text.
        if !s.utf8.contains(where: { $0 == 0x3C || $0 == 0x22 || $0 == 0x27 || $0 == 0xE2 }) { return [.text(s)] }
        var stack: [(tag: String, make: ([Inline]) -> Inline, items: [Inline])] = [("", { .nocase($0) }, [])]
        var buffer = ""
        let chars = Array(s)
        var i = 0
        var doubleOpen = false
        var singleOpen = false

        func flush() {
            if !buffer.isEmpty {
                stack[stack.count - 1].items.append(.text(buffer))
                buffer = ""
            }
        }
        func open(_ tag: String, _ make: @escaping ([Inline]) -> Inline) {
            flush()
            stack.append((tag, make, []))
        }
        func close(_ tag: String) -> Bool {
            guard let idx = stack.lastIndex(where: { $0.tag == tag }), idx > 0 else { return false }
            flush()
            while stack.count > idx {
                let top = stack.removeLast()
                stack[stack.count - 1].items.append(top.make(top.items))
            }
            return true
        }
        func isWordChar(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber } ?? false }

        while i < chars.count {
            let c = chars[i]
            if c == "<", let end = chars[i...].firstIndex(of: ">") {
                let tag = String(chars[(i + 1)..<end])
                var handled = true
                switch tag {
                case "i": open("i") { .font(FontStyle(fontStyle: "italic"), $0) }
                case "b": open("b") { .font(FontStyle(fontWeight: "bold"), $0) }
                case "sc": open("sc") { .nocase([.font(FontStyle(fontVariant: "small-caps"), $0)]) }
                case "sup": open("sup") { .nocase([.font(FontStyle(verticalAlign: "sup"), $0)]) }
                case "sub": open("sub") { .nocase([.font(FontStyle(verticalAlign: "sub"), $0)]) }
                case "span class=\"nocase\"": open("span") { .nocase($0) }
                case "span class=\"nodecor\"": open("span") { .nodecor($0) }
                case "span style=\"font-variant:small-caps;\"", "span style=\"font-variant: small-caps;\"":
                    open("span") { .nocase([.font(FontStyle(fontVariant: "small-caps"), $0)]) }
                case "/i", "/b", "/sc", "/sup", "/sub", "/span":
                    handled = close(String(tag.dropFirst()))
                default: handled = false
                }
                if handled {
                    i = end + 1
                    continue
                }
            }
            if c == "\u{201C}" {
                open("\u{201C}") { .quoted($0) }
                i += 1
                continue
            }
            if c == "\u{201D}", close("\u{201C}") {
                i += 1
                continue
            }
            if c == "\u{2018}" {
                open("\u{2018}") { .quoted($0, single: true) }
                i += 1
                continue
            }
            if c == "\u{2019}", stack.contains(where: { $0.tag == "\u{2018}" }),
               !isWordChar(i + 1 < chars.count ? chars[i + 1] : nil), close("\u{2018}") {
                i += 1
                continue
            }
            if c == "\"" {
                let prevSpace = i == 0 || chars[i - 1].isWhitespace
                let nextSpace = i + 1 >= chars.count || chars[i + 1].isWhitespace
                if doubleOpen, !prevSpace, close("\"") {
                    doubleOpen = false
                } else if !doubleOpen, !nextSpace {
                    open("\"") { .quoted($0) }
                    doubleOpen = true
                } else {
                    buffer.append(c)
                }
                i += 1
                continue
            }
            if c == "'" {
                let prev: Character? = i > 0 ? chars[i - 1] : nil
                let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
                if isWordChar(prev) {
                    if singleOpen && !isWordChar(next), close("'") {
                        singleOpen = false
                    } else {
                        buffer.append("\u{2019}")
                    }
                } else if !singleOpen && isWordChar(next) {
                    open("'") { .quoted($0) }
                    singleOpen = true
                } else if singleOpen, close("'") {
                    singleOpen = false
                } else {
                    buffer.append("\u{2019}")
                }
                i += 1
                continue
            }
            buffer.append(c)
            i += 1
        }
        flush()
        // Unclosed markup is kept as written.
        while stack.count > 1 {
            let top = stack.removeLast()
            var restored: [Inline] = []
            switch top.tag {
            case "\"": restored.append(.text("\""))
            case "'": restored.append(.text("\u{2019}"))
            case "\u{201C}": restored.append(.text("\u{201C}"))
            case "\u{2018}": restored.append(.text("\u{2018}"))
            default: break
            }
            restored += top.items
            stack[stack.count - 1].items += restored
        }
        return stack[0].items
    }
}
