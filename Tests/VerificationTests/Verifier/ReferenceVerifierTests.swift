import Bibliography
import Testing
@testable import Verification

@Suite("Verifying references: findings")
struct ReferenceVerifierTests {
    @Test("each discrepancy becomes a field-mismatch warning naming field, cited and record values")
    func fieldMismatch() throws {
        let verifier = ReferenceVerifier(records: TestRecords.prolotherapy)
        let cited = TestRecords.cited(3, authors: ["Liu Y"],
            title: "An in situ study of the influence of a sclerosing solution in rabbit medial collateral ligaments and its junction strength",
            journal: "Connect Tissue Res.", year: 1983, volume: "2", page: "95-102")
        let v = verifier.verify(cited, reference: 3)
        #expect(v.match?.record.item.pmid == "6224646")
        #expect(v.discrepancies.map(\.field) == [.author, .author, .volume, .issue])
        let volume = try #require(v.findings.first { $0.message.contains("volume") })
        #expect(volume.code == .fieldMismatch && volume.severity == .warning && volume.reference == 3)
        #expect(volume.message.contains("cited \"2\", record \"11\""))
        #expect(volume.suggestion == "11")
    }

    @Test("no record is an info finding")
    func noRecord() {
        let v = ReferenceVerifier(records: TestRecords.prolotherapy).verify(
            TestRecords.cited(13, authors: ["Reinhold D"], title: "Elevated glucose levels stimulate transforming growth factor-beta 1", journal: "Horm Metab Res", year: 1996),
            reference: 13)
        #expect(v.match == nil)
        #expect(v.findings.map(\.code) == [.noRecord])
        #expect(v.findings.first?.severity == .info)
    }

    @Test("a retracted record is an error, by publication type or by a RetractionIn link")
    func retracted() {
        // Minimal records of our own: shared/pubmed holds no retracted record.
        for kind in 0..<2 {
            var record = Record(item: TestRecords.item(id: "r", title: "A retracted trial of something", pmid: "111"))
            if kind == 0 {
                record.metadata.publicationTypes = [PublicationType(name: "Retracted Publication")]
            } else {
                record.metadata.commentsCorrections = [CommentCorrection(type: .retractionIn, refSource: "J Test. 2020;1:2", pmid: "222")]
            }
            var cited = Item(id: "c")
            cited.pmid = "111"
            let v = ReferenceVerifier(records: [record]).verify(cited, reference: 4)
            let f = v.findings.filter { $0.code == .retractedReference }
            #expect(f.count == 1)
            #expect(f.first?.severity == .error)
            if kind == 1 { #expect(f.first?.message.contains("PMID 222") == true) }
        }
    }

    @Test("an erratum on a real PubMed record is a warning (PMID 35649368, ErratumIn 35767954)")
    func erratum() throws {
        // Facts of shared/pubmed/metapub/35649368.xml (metapub/metapub tests, Apache-2.0).
        var item = TestRecords.item(id: "35649368", authors: ["Li YJ", "Fahrmann JF"],
            title: "Fatty acid oxidation protects cancer cells from apoptosis by increasing mitochondrial membrane lipids.",
            journal: "Cell Rep", journalFull: "Cell reports", year: 2022, volume: "39", issue: "9", page: "110870",
            doi: "10.1016/j.celrep.2022.110870", pmid: "35649368")
        item.fields["custom"] = .object(["author-list-incomplete": .bool(true)])
        var m = RecordMetadata(source: "pubmed")
        m.pmid = "35649368"
        m.commentsCorrections = [CommentCorrection(type: .erratumIn, refSource: "Cell Rep. 2022 Jun 28;39(13):111044. doi: 10.1016/j.celrep.2022.111044.", pmid: "35767954")]
        let record = Record(item: item, metadata: m)
        var cited = Item(id: "c")
        cited.doi = "10.1016/j.celrep.2022.110870"
        let v = ReferenceVerifier(records: [record]).verify(cited, reference: 1)
        let f = try #require(v.findings.first { $0.code == .erratum })
        #expect(f.severity == .warning)
        #expect(f.message.contains("PMID 35767954"))
        #expect(!v.findings.contains { $0.code == .retractedReference })
    }
}
