import Testing
@testable import CSL

@Suite("Bibliography layout")
struct BibliographyLayoutTests {
    static let items = """
    [{"id":"1","title":"First","author":[{"family":"Doe","given":"John"}]},
     {"id":"2","title":"Second","author":[{"family":"Doe","given":"John"}]},
     {"id":"3","title":"Third","author":[{"family":"Roe","given":"Jane"}]}]
    """

    @Test("subsequent-author-substitute replaces a repeated author")
    func subsequentAuthor() throws {
        let out = try Support.bib(#"<group delimiter=". "><names variable="author"><name name-as-sort-order="all"/></names><text variable="title"/></group>"#,
                                  Self.items, bibliographyAttributes: #"subsequent-author-substitute="———""#)
        #expect(out == ["Doe, John. First", "———. Second", "Roe, Jane. Third"])
    }

    @Test("second-field-align puts the first field in the margin (HTML) or before a space (text)")
    func secondFieldAlign() throws {
        let layout = #"<text variable="citation-number" suffix="."/><text variable="title"/>"#
        let html = try Support.bib(layout, Self.items, format: .html, bibliographyAttributes: #"second-field-align="flush""#)
        #expect(html.first == "\n    <div class=\"csl-left-margin\">1.</div><div class=\"csl-right-inline\">First</div>\n  ")
        let text = try Support.bib(layout, Self.items, bibliographyAttributes: #"second-field-align="flush""#)
        #expect(text == ["1. First", "2. Second", "3. Third"])
    }

    @Test("an entry with nothing to print says so")
    func noPrintedForm() throws {
        let out = try Support.bib(#"<text variable="title"/>"#, #"[{"id":"1"}]"#)
        #expect(out == ["[CSL STYLE ERROR: reference with no printed form.]"])
    }
}
