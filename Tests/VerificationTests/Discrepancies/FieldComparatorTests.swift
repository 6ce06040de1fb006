import Bibliography
import Foundation
import Testing
@testable import Verification

@Suite("Field discrepancies between a reference and its record")
struct FieldComparatorTests {
    let comparator = FieldComparator()

    func only(_ field: Discrepancy.Field, _ cited: Item, _ record: Record) -> [Discrepancy] {
        comparator.discrepancies(cited: cited, record: record).filter { $0.field == field }
    }

    @Test("different initials and a shortened author list without et al. are reported")
    func authorsInitialsAndDropped() {
        var recordItem = TestRecords.item(id: "r", authors: ["Schmidt CC", "Georgescu HI", "Kwoh CK"], title: "T")
        recordItem.fields["custom"] = .object(["author-list-incomplete": .bool(true)])
        let d = only(.author, TestRecords.cited(2, authors: ["Schmidt H"], title: "T", journal: nil, year: nil), Record(item: recordItem))
        #expect(d.count == 2)
        #expect(d[0].cited == "Schmidt H" && d[0].record == "Schmidt CC")
        #expect(d[0].detail.contains("initials \"H\" where the record has \"CC\""))
        #expect(d[1].detail == "lists 1 of at least 3 authors without \"et al.\"")
    }

    @Test("incomplete initials are told apart from wrong ones")
    func incompleteInitials() {
        let record = Record(item: TestRecords.item(id: "r", authors: ["Hackett GS"], title: "T"))
        let d = only(.author, TestRecords.cited(5, authors: ["Hackett G"], title: "T", journal: nil, year: nil), record)
        #expect(d.count == 1)
        #expect(d[0].detail.contains("are incomplete"))
    }

    @Test("three of five authors without et al. is a dropped-authors discrepancy; with et al. it is not")
    func etAl() {
        let cited = TestRecords.cited(8, authors: ["Kim SR", "Stitik TP", "Foye PM"], title: "T", journal: nil, year: nil)
        let d = only(.author, cited, TestRecords.kim2004)
        #expect(d.map(\.detail) == ["lists 3 of 5 authors without \"et al.\""])
        var withEtAl = cited
        withEtAl.author.append(Name(literal: "et al."))
        #expect(only(.author, withEtAl, TestRecords.kim2004).isEmpty)
        var marked = cited
        marked.authorListTruncated = true
        #expect(only(.author, marked, TestRecords.kim2004).isEmpty)
    }

    @Test("a different surname is reported by position")
    func surname() {
        let cited = TestRecords.cited(3, authors: ["Lu YK", "Tipton CM"], title: "T", journal: nil, year: nil)
        let d = only(.author, cited, TestRecords.liu1983)
        #expect(d.count == 2)
        #expect(d[0].detail == "author 1: surname \"Lu\" where the record has \"Liu\"")
    }

    @Test("a changed title word is shown word by word")
    func titleWord() throws {
        let cited = TestRecords.cited(4, authors: [], title: "Morphological and biomechanical effects of sodium morrhuate on tendons", journal: nil, year: nil)
        let d = try #require(only(.title, cited, TestRecords.maynard1985).first)
        #expect(d.detail == "title \"biomechanical\" where the record has \"biochemical\"")
        #expect(d.record == "Morphological and biochemical effects of sodium morrhuate on tendons")
    }

    @Test("an omitted title word is shown; case, punctuation and line-break hyphens are not differences")
    func titleOmissionAndNoise() throws {
        let record = Record(item: TestRecords.item(id: "r", title: "Effect of growth factors on the proliferation of fibroblasts"))
        let d = try #require(only(.title, TestRecords.cited(2, authors: [], title: "Effect of growth factors on proliferation of fibroblasts", journal: nil, year: nil), record).first)
        #expect(d.detail == "title omits \"the\"")
        let noisy = TestRecords.cited(7, authors: [],
            title: "Randomized prospective double- blind placebo-controlled study of dextrose prolotherapy for knee osteo- arthritis with or without ACL laxity.",
            journal: nil, year: nil)
        #expect(only(.title, noisy, TestRecords.reeves2000).isEmpty)
    }

    @Test("a journal abbreviation missing a word is a discrepancy naming the word")
    func journal() throws {
        let cited = TestRecords.cited(8, authors: [], title: "T", journal: "J Phys Med Rehab", year: nil)
        let d = try #require(only(.journal, cited, TestRecords.kim2004).first)
        #expect(d.cited == "J Phys Med Rehab")
        #expect(d.record == "Am J Phys Med Rehabil")
        #expect(d.detail.contains("lacks \"am\""))
    }

    @Test("the NLM abbreviation with periods, or the full title, is not a discrepancy")
    func journalAccepted() {
        for written in ["J. Orthop. Res.", "Journal of Orthopaedic Research", "J Orthop Res"] {
            let cited = TestRecords.cited(4, authors: [], title: "T", journal: written, year: nil)
            #expect(only(.journal, cited, TestRecords.maynard1985).isEmpty, "\(written)")
        }
    }

    @Test("year and volume differences are reported with both values")
    func yearAndVolume() {
        let cited = TestRecords.cited(3, authors: [], title: "T", journal: nil, year: 1984, volume: "2")
        let d = comparator.discrepancies(cited: cited, record: TestRecords.liu1983)
        #expect(d.contains(Discrepancy(field: .year, cited: "1984", record: "1983", detail: "year 1984 where the record has 1983")))
        #expect(d.contains(Discrepancy(field: .volume, cited: "2", record: "11", detail: "volume 2 where the record has 11")))
    }

    @Test("a missing issue and a different issue are both reported")
    func issue() {
        let missing = only(.issue, TestRecords.cited(3, authors: [], title: "T", journal: nil, year: nil), TestRecords.liu1983)
        #expect(missing == [Discrepancy(field: .issue, cited: nil, record: "2-3", detail: "issue missing; the record has 2-3")])
        let different = only(.issue, TestRecords.cited(3, authors: [], title: "T", journal: nil, year: nil, issue: "4"), TestRecords.liu1983)
        #expect(different.first?.cited == "4")
    }

    @Test("pages are compared after range expansion; a split article is not one range")
    func pages() throws {
        let same = TestRecords.cited(4, authors: [], title: "T", journal: nil, year: nil, page: "236-248")
        #expect(only(.pages, same, TestRecords.maynard1985).isEmpty)
        let merged = TestRecords.cited(7, authors: [], title: "T", journal: nil, year: nil, page: "68–80")
        let d = try #require(only(.pages, merged, TestRecords.reeves2000).first)
        #expect(d.cited == "68–80" && d.record == "68-74, 77-80")
        #expect(d.detail.contains("the article is split"))
        let other = Record(item: TestRecords.item(id: "r", title: "T", page: "123-126"))
        #expect(only(.pages, TestRecords.cited(6, authors: [], title: "T", journal: nil, year: nil, page: "141-144"), other).first?.detail
            == "pages 141-144 where the record has 123-126")
    }

    @Test("a different DOI is reported; the same DOI written differently is not")
    func doi() {
        var cited = TestRecords.cited(3, authors: [], title: "T", journal: nil, year: nil)
        cited.doi = "doi:10.3109/03008208309004846"
        #expect(only(.doi, cited, TestRecords.liu1983).isEmpty)
        cited.doi = "10.3109/03008208309004847"
        #expect(only(.doi, cited, TestRecords.liu1983).first?.record == "10.3109/03008208309004846")
    }

    @Test("a discrepancy encodes field, cited and record, with null for a missing side")
    func json() throws {
        let d = Discrepancy(field: .issue, cited: nil, record: "2-3", detail: "issue missing")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(d), as: UTF8.self)
        #expect(text == #"{"cited":null,"detail":"issue missing","field":"issue","record":"2-3"}"#)
    }
}
