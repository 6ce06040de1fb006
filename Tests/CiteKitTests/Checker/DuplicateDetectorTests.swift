import Bibliography
import Testing

@testable import CiteKit

@Suite("Duplicate references")
struct DuplicateDetectorTests {
    private func reference(_ number: Int, title: String, year: Int, doi: String? = nil) -> ReferenceReport {
        var item = Item(id: "r\(number)")
        item.title = title
        item.issued = DateValue(year: year)
        item.doi = doi
        return ReferenceReport(number: number, text: title, item: item, location: SourceLocation(line: number, column: 1))
    }

    @Test("same title and year, written differently, is a duplicate of the earlier entry")
    func sameTitle() {
        let findings = DuplicateDetector.findings([
            reference(1, title: "Effect of growth factors on fibroblasts", year: 1995),
            reference(2, title: "Other work", year: 1995),
            reference(3, title: "Effect of growth-factors on fibroblasts.", year: 1995),
        ])
        #expect(findings.map(\.reference) == [3])
        #expect(findings.first?.code == .duplicateReference)
        #expect(findings.first?.message.contains("reference 1") == true)
    }

    @Test("different DOIs are different works even with the same title")
    func differentDOI() {
        let findings = DuplicateDetector.findings([
            reference(1, title: "Erratum", year: 2001, doi: "10.1/a"),
            reference(2, title: "Erratum", year: 2001, doi: "10.1/b"),
        ])
        #expect(findings.isEmpty)
    }
}
