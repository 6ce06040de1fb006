import Bibliography
import Testing
@testable import Citations

@Suite("Citation findings")
struct FindingTests {
    private func findings(_ prose: String, references: Int, code: FindingCode, format: PageFormat = .text) -> [Finding] {
        Fixtures.analyze(prose: prose, references: references, format: format).findings.filter { $0.code == code }
    }

    @Test("unresolved-marker: an explicit marker number with no reference is an error at the marker")
    func unresolved() throws {
        let found = findings("It helps [1]. It heals [2, 7].", references: 3, code: .unresolvedMarker)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.severity == .error)
        #expect(finding.reference == 7)
        #expect(finding.claim == "c2")
        #expect(finding.location == SourceLocation(line: 1, column: 24))
        #expect(finding.message.contains("'2, 7'"))
        #expect(finding.message.contains("1–3"))
    }

    @Test("unresolved-marker: superscripts and footnotes count; a page without a list says so")
    func unresolvedWithoutList() {
        let analysis = CitationAnalyzer.analyze(Document(source: "<p>It helps<sup>4</sup>.</p>", format: .html, path: "p.html"))
        #expect(analysis.findings.map(\.code) == [.unresolvedMarker])
        #expect(analysis.findings.first?.message.contains("no numbered reference list") == true)
        #expect(findings("It helps<sup>5</sup>.", references: 4, code: .unresolvedMarker, format: .html).map(\.reference) == [5])
    }

    @Test("unresolved-marker is not raised for bare numbers outside the list")
    func bareOutOfRange() {
        #expect(findings("It helps.7 It heals. 8", references: 3, code: .unresolvedMarker).isEmpty)
    }

    @Test("orphan-reference: a reference never cited is a warning at the entry")
    func orphan() throws {
        let found = findings("It helps [1, 3].", references: 3, code: .orphanReference)
        #expect(found.map(\.reference) == [2])
        let finding = try #require(found.first)
        #expect(finding.severity == .warning)
        #expect(finding.location == SourceLocation(line: 6, column: 1))
        #expect(finding.message.contains("reference 2 is never cited"))
    }

    @Test("marker-separator: '.' between list numbers, with the comma form suggested")
    func separator() throws {
        let found = findings("It helps.1,2.3 Then more. [4.5]", references: 5, code: .markerSeparator)
        #expect(found.map(\.suggestion) == ["2,3", "4,5"])
        let finding = try #require(found.first)
        #expect(finding.severity == .warning)
        #expect(finding.location == SourceLocation(line: 1, column: 12))
        #expect(finding.message.contains("'2.3'"))
        #expect(finding.claim == "c1")
    }

    @Test("out-of-order: a reference first cited after a higher-numbered one")
    func outOfOrder() throws {
        let found = findings("A [1]. B [3]. C [2]. D [4]. E [2].", references: 4, code: .outOfOrder)
        #expect(found.map(\.reference) == [2])
        let finding = try #require(found.first)
        #expect(finding.severity == .warning)
        #expect(finding.claim == "c3")
        #expect(finding.location == SourceLocation(line: 1, column: 17))
        #expect(findings("A [1, 2]. B [2, 3]. C [1].", references: 3, code: .outOfOrder).isEmpty)
    }

    @Test("marker-style: three or more consecutive numbers listed one by one become a range")
    func style() throws {
        let found = findings("A [1,2,3,4,6]. B [1-4]. C [5,6]. D.7,8,9", references: 9, code: .markerStyle)
        #expect(found.map(\.suggestion) == ["1-4,6", "7-9"])
        #expect(found.first?.severity == .info)
        #expect(found.first?.message.contains("'1-4,6'") == true)
        // A range followed by numbers that continue it is one range; a written range is no finding.
        let mixed = findings("A [1-3,4,5]. B [1–3]. C [1, 2]. D.", references: 5, code: .markerStyle)
        #expect(mixed.map(\.suggestion) == ["1-5"])
    }

    @Test("range compression keeps pairs listed")
    func compression() {
        #expect(CitationChecks.compressed([1, 2, 3, 4, 5, 6]) == "1-6")
        #expect(CitationChecks.compressed([7, 8, 9, 10, 11, 12, 13]) == "7-13")
        #expect(CitationChecks.compressed([1, 2, 5, 7, 8, 9]) == "1,2,5,7-9")
    }

    @Test("findings are ordered by position")
    func ordering() {
        let analysis = Fixtures.analyze(prose: "A [3]. B [1]. C [9].", references: 4)
        let locations = analysis.findings.compactMap(\.location)
        #expect(locations == locations.sorted())
        #expect(Set(analysis.findings.map(\.code)) == [.outOfOrder, .unresolvedMarker, .orphanReference])
    }

    @Test("findings at one marker are ordered errors first, then by code and reference")
    func orderingAtOnePosition() {
        let analysis = Fixtures.analyze(prose: "It works.1,2,3,4 And [5, 8, 7].", references: 5)
        let summary = analysis.findings.map { "\($0.code) \($0.reference ?? 0)" }
        #expect(summary == ["marker-style 0", "unresolved-marker 7", "unresolved-marker 8"])
    }
}
