import Foundation
import PubMed
import Testing

@Suite("each record's own bytes, by PMID")
struct ArticleBytesTests {
    @Test("a PubmedArticleSet gives each PubmedArticle whole, keyed by its PMID, and each reads back as that record")
    func articleSet() throws {
        let data = try Data(contentsOf: Fixtures.url("real/biopython/pubmed1.xml"))
        let parts = ArticleBytes.split(data)
        let records = try PubMedReader.records(data: data)
        #expect(parts.keys.sorted() == records.compactMap(\.item.pmid).sorted())
        for (pmid, bytes) in parts {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("<PubmedArticle>") && text.hasSuffix("</PubmedArticle>"))
            let alone = Data("<PubmedArticleSet>".utf8) + bytes + Data("</PubmedArticleSet>".utf8)
            #expect(try PubMedReader.records(data: alone).map(\.item.pmid) == [pmid])
        }
    }

    @Test("bare MedlineCitation records come wrapped as PubmedArticles; the set's own tag is not a record")
    func medlineCitationSet() throws {
        let xml = """
            <MedlineCitationSet><MedlineCitation Status="MEDLINE"><PMID Version="1">111</PMID><Article><ArticleTitle>A.</ArticleTitle></Article></MedlineCitation>\
            <MedlineCitation><PMID>222</PMID></MedlineCitation></MedlineCitationSet>
            """
        let parts = ArticleBytes.split(Data(xml.utf8))
        #expect(parts.keys.sorted() == ["111", "222"])
        #expect(String(decoding: parts["111"] ?? Data(), as: UTF8.self)
            == #"<PubmedArticle><MedlineCitation Status="MEDLINE"><PMID Version="1">111</PMID><Article><ArticleTitle>A.</ArticleTitle></Article></MedlineCitation></PubmedArticle>"#)
    }
}
