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

    @Test("the keyed look-up finds the same earlier entry as comparing every pair, with DOIs and PMIDs on some entries")
    func agreesWithPairwise() {
        var refs: [ReferenceReport] = []
        let titles = ["Alpha study", "Beta trial", "Alpha  study."]
        let dois: [String?] = [nil, "10.1/a", "10.1/b"]
        let pmids: [String?] = [nil, "111", "222"]
        var n = 0
        for t in titles { for d in dois { for p in pmids {
            n += 1
            var r = reference(n, title: t, year: 2000 + n % 2, doi: d)
            r.item.pmid = p
            refs.append(r)
        } } }
        var expected: [Int] = []
        for (i, later) in refs.enumerated() where refs[..<i].contains(where: { DuplicateDetector.sameWork($0.item, later.item) }) {
            expected.append(later.number)
        }
        let found = DuplicateDetector.findings(refs)
        #expect(found.compactMap(\.reference) == expected)
        #expect(expected.count > 10)
        for f in found {
            guard let later = refs.first(where: { $0.number == f.reference }),
                let first = refs.first(where: { DuplicateDetector.sameWork($0.item, later.item) }) else { continue }
            #expect(f.message.contains("same work as reference \(first.number);"))
        }
    }
}
