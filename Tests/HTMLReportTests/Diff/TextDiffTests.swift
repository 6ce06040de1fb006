@testable import HTMLReport
import Testing

@Suite struct TextDiffTests {
    typealias S = TextDiff.Segment

    @Test("a changed number is one deletion and one insertion")
    func number() {
        #expect(TextDiff(cited: "2", record: "11").segments == [S(.deleted, "2"), S(.inserted, "11")])
    }

    @Test("a word the reference leaves out is inserted with its space, the rest kept")
    func omittedWord() {
        let diff = TextDiff(cited: "Effect of growth factors on proliferation", record: "Effect of growth factors on the proliferation")
        #expect(diff.segments == [S(.equal, "Effect of growth factors on "), S(.inserted, "the "), S(.equal, "proliferation")])
    }

    @Test("authors the reference drops are one insertion after the last shared author")
    func droppedAuthors() {
        let diff = TextDiff(cited: "Kim SR, Stitik TP, Foye PM", record: "Kim SR, Stitik TP, Foye PM, Greenwald BD, Campagnolo DI")
        #expect(diff.segments == [S(.equal, "Kim SR, Stitik TP, Foye PM"), S(.inserted, ", Greenwald BD, Campagnolo DI")])
    }

    @Test("several replaced words separated by spaces read as one replacement")
    func replacedRun() {
        let diff = TextDiff(cited: "on the alpha beta gamma of", record: "on the delta epsilon zeta of")
        #expect(diff.segments == [S(.equal, "on the "), S(.deleted, "alpha beta gamma"), S(.inserted, "delta epsilon zeta"), S(.equal, " of")])
    }

    @Test("a side without a value is one whole run; two empty sides give no run")
    func missingSide() {
        #expect(TextDiff(cited: nil, record: "2-3").segments == [S(.inserted, "2-3")])
        #expect(TextDiff(cited: "141-144", record: nil).segments == [S(.deleted, "141-144")])
        #expect(TextDiff(cited: nil, record: "").segments.isEmpty)
    }

    @Test("both values are rebuilt exactly from the runs, whatever the edit", arguments: [
        ("Liu Y", "Liu YK, Tipton CM, Matthes RD"),
        ("68-80", "68-74, 77-80"),
        ("J Phys Med Rehab", "Am J Phys Med Rehabil"),
        ("objective measures of lumbar  spine", "objective measurements of lumbar spine"),
        ("Ünïcode—dash “quotes”", "Unicode - dash \"quotes\""),
        ("", "x"),
    ])
    func rebuildsBothSides(_ pair: (String, String)) {
        let diff = TextDiff(cited: pair.0, record: pair.1)
        #expect(diff.cited == pair.0)
        #expect(diff.record == pair.1)
        // Runs alternate: never two neighbours of the same kind.
        #expect(zip(diff.segments, diff.segments.dropFirst()).allSatisfy { $0.kind != $1.kind })
    }

    @Test("values too long for the table are shown as one replacement")
    func longValues() {
        let a = Array(repeating: "a", count: 600).joined(separator: " ")
        let b = Array(repeating: "b", count: 600).joined(separator: " ")
        #expect(TextDiff(cited: a, record: b).segments == [S(.deleted, a), S(.inserted, b)])
    }
}
