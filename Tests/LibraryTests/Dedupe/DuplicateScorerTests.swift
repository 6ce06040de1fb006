import Bibliography
import Testing

@testable import Library

@Suite("Library: telling two records of one work from two works")
struct DuplicateScorerTests {
    /// A journal article as an export would give it.
    static func item(
        _ title: String, family: String = "Dagenais", year: Int = 2007, journal: String = "Spine Journal",
        volume: String? = "7", issue: String? = "3", page: String? = "184-190", doi: String? = nil, pmid: String? = nil
    ) -> Record {
        var item = Item(id: "x")
        item.title = title
        item.author = [Name(family: family, given: "Simon"), Name(family: "Mayer", given: "John")]
        item.issued = DateValue(year: year)
        item.containerTitle = journal
        item.volume = volume
        item.issue = issue
        item.page = page
        item.doi = doi
        item.pmid = pmid
        return Record(item: item)
    }

    static func score(_ a: Record, _ b: Record) -> Double {
        DuplicateScorer.score(WorkFeatures(a), WorkFeatures(b))
    }

    @Test("case, accents, markup, a trailing period, an abbreviated journal and page range: one work, score 1")
    func exportDifferences() {
        let a = Self.item("Prolotherapy for chronic low-back pain: a systematic review", journal: "The Spine Journal", page: "184-190")
        let b = Self.item("PROLOTHERAPY FOR CHRONIC LOW-BACK PÀIN: A <i>systematic</i> review.", journal: "Spine J", page: "184-90")
        #expect(Self.score(a, b) == 1)
    }

    @Test("DOIs compare without case, `doi:` or the resolver URL; a shared DOI is one work whatever the fields")
    func doiNormalised() {
        let a = Self.item("A trial", doi: "https://doi.org/10.1016/J.SPINEE.2006.05.001")
        let b = Self.item("Something else entirely", year: 1990, doi: "doi:10.1016/j.spinee.2006.05.001")
        #expect(WorkFeatures(a).identity.doi == "10.1016/j.spinee.2006.05.001")
        #expect(Self.score(a, b) == 1)
    }

    @Test("different DOIs or PMIDs are two works even with every field equal")
    func differentIdentifiers() {
        let title = "Prolotherapy for chronic low-back pain"
        #expect(Self.score(Self.item(title, doi: "10.1/a"), Self.item(title, doi: "10.1/b")) == 0)
        #expect(Self.score(Self.item(title, pmid: "1"), Self.item(title, pmid: "2")) == 0)
        // A shared DOI does not outweigh different PMIDs.
        #expect(Self.score(Self.item(title, doi: "10.1/a", pmid: "1"), Self.item(title, doi: "10.1/a", pmid: "2")) == 0)
    }

    @Test("parts of a series, notices and the same authors' other paper are other works")
    func lookAlikes() {
        let title = "Prolotherapy for chronic low-back pain"
        #expect(Self.score(Self.item("\(title): Part I"), Self.item("\(title): Part II", page: "191-199")) == 0)
        #expect(Self.score(Self.item("\(title), part 1"), Self.item("\(title), part one")) >= DuplicateScorer.threshold)
        #expect(Self.score(Self.item(title), Self.item("Erratum: \(title)", page: "412")) == 0)
        #expect(Self.score(Self.item(title), Self.item("Comment on \"\(title)\"")) == 0)
        #expect(Self.score(Self.item(title), Self.item("Dextrose injections for knee osteoarthritis", page: "201-207")) == 0)
        // The same title in a later issue on another page (a notice repeating it, a column).
        let later = Self.score(Self.item(title), Self.item(title, issue: "5", page: "412"))
        #expect(later < DuplicateScorer.threshold)
        #expect(abs(later - 0.75 * 0.75 * (0.40 + 0.15 + 0.15 + 0.10 + 0.10) / 1.05) < 1e-9)
    }

    @Test("a subtitle one export leaves out, a year apart, a missing page: still one work")
    func partialRecords() {
        let full = Self.item("Prolotherapy for chronic low-back pain: a systematic review of randomised trials")
        let short = Self.item("Prolotherapy for chronic low-back pain", year: 2008, issue: nil, page: nil)
        let score = Self.score(full, short)
        // title 0.95, author 1, year 0.5, journal 1, volume 1 over the weights both have.
        #expect(abs(score - (0.40 * 0.95 + 0.15 + 0.15 * 0.5 + 0.10 + 0.10) / 0.90) < 1e-9)
        #expect(score >= DuplicateScorer.threshold)
    }

    @Test("a family name with its particle in one export and apart in another is the same first author")
    func particles() {
        #expect(WorkFeatures.surname(Name(family: "van der Berg", given: "J")) == "berg")
        #expect(WorkFeatures.surname(Name(family: "Berg", given: "J", nonDroppingParticle: "van der")) == "berg")
        #expect(WorkFeatures.surname(Name(family: "Müller", given: "A")) == "muller")
        #expect(WorkFeatures.surname(Name(literal: "WHO Study Group")) == "whostudygroup")
    }
}
