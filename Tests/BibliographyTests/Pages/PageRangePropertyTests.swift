import PropertyBased
import Testing

@testable import Bibliography

@Suite("Page-range expansion (property-based)")
struct PageRangePropertyTests {
    /// A range whose last page shares its leading digits with the first (`1611-1621`), and how
    /// many trailing digits the abbreviated form keeps (`1611-21` keeps 2).
    static let range = zip(Gen.int(in: 1...99_999), Gen.int(in: 0...999), Gen.int(in: 1...5))
        .compactMap { first, length, kept -> (first: Int, last: Int, kept: Int)? in
            let last = first + length
            let (a, b) = (String(first), String(last))
            guard a.count == b.count, kept <= b.count else { return nil }
            // The digits left out must be the first page's: the abbreviation is then unambiguous.
            guard a.prefix(a.count - kept) == b.prefix(b.count - kept) else { return nil }
            return (first, last, kept)
        }

    @Test("an abbreviated last page expands to the full last page")
    func abbreviatedEndExpands() async {
        await propertyCheck(input: Self.range) { range in
            let abbreviated = String(String(range.last).suffix(range.kept))
            #expect(PageRange.expand(start: String(range.first), end: abbreviated) == String(range.last))
        }
    }

    @Test("a letter prefix is kept on the expanded end (S12-5 is S12-S15)")
    func prefixedEndExpands() async {
        await propertyCheck(input: Self.range, Gen.element(of: ["S", "e", "A"]).compactMap { $0 }) { range, prefix in
            let abbreviated = String(String(range.last).suffix(range.kept))
            #expect(PageRange.expand(start: prefix + String(range.first), end: abbreviated) == prefix + String(range.last))
        }
    }

    @Test("a written range parses to its first page and its full last page, whatever the dash")
    func parsingExpands() async {
        await propertyCheck(input: Self.range, Gen.element(of: ["-", "\u{2013}", "\u{2014}", " - "]).compactMap { $0 }) { range, dash in
            let abbreviated = String(String(range.last).suffix(range.kept))
            let parsed = PageRange(parsing: "\(range.first)\(dash)\(abbreviated)")
            #expect(parsed == PageRange(first: String(range.first), last: String(range.last)))
        }
    }

    @Test("a list of ranges parses to each range in order, and equals its expanded form")
    func listsAndSamePages() async {
        await propertyCheck(input: Self.range.array(of: 1...5)) { ranges in
            let abbreviated = ranges.map { "\($0.first)-\(String(String($0.last).suffix($0.kept)))" }.joined(separator: ", ")
            let full = ranges.map { "\($0.first)-\($0.last)" }.joined(separator: ", ")
            #expect(PageRange.parseList(abbreviated).map(\.description) == ranges.map { "\($0.first)-\($0.last)" })
            #expect(PageRange.samePages(abbreviated, full))
        }
    }
}
