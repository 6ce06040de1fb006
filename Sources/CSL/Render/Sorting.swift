import Bibliography
import Foundation

/// One sort key's value: text (folded for comparison), or nothing (sorts last).
struct SortValue: Sendable {
    var text: String?
}

extension Engine {
    /// The sort values of an item for a section's `<sort>` keys.
    func sortValues(_ item: Item, keys: [SortKey], section: LayoutSection, cite: CiteContext) -> [SortValue] {
        keys.map { key in
            let r = Renderer(engine: self, item: item, cite: cite, section: section)
            r.sortMode = true
            r.sortNameOverrides = key
            var out: [Inline] = []
            if let m = key.macro, let els = style.macros[m] {
                out = r.render(els)
            } else if let v = key.variable {
                if Item.nameVariables.contains(v) {
                    let names = NamesElement(variables: [v], name: nil, etAl: nil, label: nil, labelBeforeName: false,
                                             substitute: nil, delimiter: nil, formatting: Formatting())
                    out = r.renderNames(names)
                } else if Item.dateVariables.contains(v) {
                    if let d = item.date(v) { out = [.text(r.sortKey(d))] }
                } else if v == "citation-label" {
                    out = [.text(item.variable("citation-label") ?? CitationLabel.trigraph(item))]
                } else if v == "citation-number" {
                    if let n = cite.citationNumber { out = [.text(r.padded(n))] }
                } else if let value = item.variable(v) {
                    if let i = Int(value.trimmingWhitespace()) {
                        out = [.text(r.padded(i))]
                    } else {
                        out = RichText.parse(value)
                    }
                }
            }
            let text = out.plainText
            if text.isEmpty { return SortValue(text: nil) }
            return SortValue(text: Engine.fold(text))
        }
    }

    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: lowercase and drop punctuation (except hyphens) without Foundation.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count)
            for b in s.utf8 {
                switch b {
                case 0x41...0x5A: bytes.append(b + 32)
                case 0x27: bytes.append(0x20)
                case 0x21...0x2C, 0x2E, 0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: continue
                default: bytes.append(b)
                }
            }
            while bytes.first == 0x20 { bytes.removeFirst() }
            return String(decoding: bytes, as: UTF8.self)
        }
        // Apostrophes separate words for sorting ("d’Wander" sorts as "d wander").
        var t = s.replacingOccurrences(of: "\u{2019}", with: " ")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        // Quotes and leading punctuation do not affect order.
        t.removeAll { $0.isPunctuation && $0 != "-" }
        while t.first == " " { t.removeFirst() }
        return t
    }

    /// Orders indices by sort values; ties keep the input order.
    static func order(_ values: [[SortValue]], keys: [SortKey]) -> [Int] {
        Array(values.indices).sorted { a, b in
            for (k, key) in keys.enumerated() {
                let x = k < values[a].count ? values[a][k].text : nil
                let y = k < values[b].count ? values[b][k].text : nil
                switch (x, y) {
                case (nil, nil): continue
                case (nil, _): return false
                case (_, nil): return true
                case (let x?, let y?):
                    if x == y { continue }
                    return key.ascending ? x < y : x > y
                }
            }
            return a < b
        }
    }
}
