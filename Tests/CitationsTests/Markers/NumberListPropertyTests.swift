import Bibliography
import PropertyBased
import Testing

@testable import Citations

@Suite("Marker-list expansion (property-based)")
struct NumberListPropertyTests {
    /// One list item: a single number or an ascending range of at most the widest range read.
    static let piece = zip(Gen.int(in: 1...300), Gen.int(in: 0...NumberList.maximumRangeWidth), Gen.bool(0.6))
        .map { start, width, single in single || width == 0 ? [start] : Array(start...(start + width)) }

    /// A list as written: items joined by a comma or semicolon, each followed by zero or one space,
    /// ranges written with a hyphen or an en dash.
    static func written(_ pieces: [[Int]], separator: String, dash: String) -> String {
        pieces.map { $0.count == 1 ? "\($0[0])" : "\($0[0])\(dash)\($0[$0.count - 1])" }.joined(separator: separator)
    }

    @Test("a bracketed list expands to every number written, ranges filled in, in order")
    func explicitListExpands() async {
        await propertyCheck(input: Self.piece.array(of: 1...6), Gen.element(of: [",", ", ", ";", "; "]).compactMap { $0 }, Gen.element(of: ["-", "\u{2013}"]).compactMap { $0 }) { pieces, separator, dash in
            let text = Self.written(pieces, separator: separator, dash: dash)
            let list = NumberList.parse(Array(text), from: 0, explicit: true)
            #expect(list?.numbers == pieces.flatMap { $0 })
            #expect(list?.end == Array(text).count)
        }
    }

    @Test("a bracket marker on a page cites the expanded numbers")
    func bracketMarkerOnAPage() async {
        await propertyCheck(input: Self.piece.array(of: 1...4), Gen.element(of: [",", ", "]).compactMap { $0 }) { pieces, separator in
            let numbers = pieces.flatMap { $0 }
            let count = numbers.max() ?? 1
            let list = Self.written(pieces, separator: separator, dash: "-")
            var page = "Intro\n\nGrowth factors raise collagen production in tendons [\(list)]. More text follows.\n\nReferences\n\n"
            for number in 1...count { page += "\(number). Author A. Title \(number). J Test. 2001;\(number):1-9.\n" }
            let analysis = CitationAnalyzer.analyze(Document(source: page, format: .text, path: "page.txt"))
            #expect(analysis.markers.map(\.numbers) == [numbers])
        }
    }

    @Test("a range running backwards or wider than the limit is not a list")
    func implausibleRangesAreRejected() async {
        await propertyCheck(input: Gen.int(in: 2...500), Gen.int(in: 1...400)) { start, offset in
            let backwards = "\(start)-\(max(1, start - offset))"
            #expect(NumberList.parse(Array(backwards), from: 0, explicit: true) == nil)
            let wide = "\(start)-\(start + NumberList.maximumRangeWidth + offset)"
            #expect(NumberList.parse(Array(wide), from: 0, explicit: true) == nil)
        }
    }
}
