import Bibliography
import Foundation
import Testing
@testable import CSL

@Suite("Style and locale parsing")
struct StyleParsingTests {
    @Test("info, class and default locale are read")
    func info() throws {
        let url = try StyleLibrary.resolve(nameOrPath: "apa")
        let style = try CSLStyle(contentsOf: url)
        #expect(style.title.contains("APA"))
        #expect(style.styleClass == "in-text")
        #expect(style.hasBibliography)
    }

    @Test("a dependent style resolves to its parent's layout")
    func dependent() throws {
        let style = try CSLStyle(contentsOf: StyleLibrary.resolve(nameOrPath: "vancouver-nlm"))
        #expect(style.id == "http://www.zotero.org/styles/vancouver-nlm")
        #expect(style.hasBibliography)
    }

    @Test("malformed XML is reported with the file and line")
    func malformed() {
        #expect {
            _ = try CSLStyle(xml: Data("<style>\n<citation>".utf8), file: "broken.csl")
        } throws: { error in
            guard case CSLError.malformedXML(let file, let line, _) = error else { return false }
            return file == "broken.csl" && line >= 1
        }
    }

    @Test("external entities are not loaded")
    func noEntities() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE style [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info><id>x</id><title>x</title></info>
        <citation><layout><text value="&x;"/></layout></citation></style>
        """
        // libxml2 refuses the unsubstituted external entity instead of reading the file.
        #expect(throws: CSLError.self) { try CSLStyle(xml: Data(xml.utf8), file: "entity.csl") }
    }

    @Test("unknown style names fail with the places searched")
    func notFound() {
        #expect(throws: CSLError.self) { try StyleLibrary.resolve(nameOrPath: "no-such-style") }
    }

    @Test("locale fallback: en-GB terms, then en-US")
    func localeFallback() throws {
        let style = try Support.style(citation: #"<date variable="issued" form="text"/>"#)
        let items = try Support.items(#"[{"id":"a","issued":{"date-parts":[[2004,5,3]]}}]"#)
        let gb = try CSLProcessor(style: style, locales: Support.locales, locale: "en-GB")
        #expect(gb.citation([[CitationItem(id: "a")]], items: items, format: .text) == ["3 May 2004"])
        let unknown = try CSLProcessor(style: style, locales: Support.locales, locale: "xx-XX")
        #expect(unknown.citation([[CitationItem(id: "a")]], items: items, format: .text) == ["May 3, 2004"])
    }
}

@Suite("Hostile styles")
struct HostileStyleTests {
    @Test("a macro that calls itself three times ends quickly with empty output instead of running for ever")
    func macroBomb() throws {
        let style = """
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>bomb</id><title>bomb</title><updated>2026-01-01T00:00:00+00:00</updated></info>
              <macro name="a"><group><text macro="a"/><text macro="a"/><text macro="a"/></group></macro>
              <citation><layout><text macro="a"/><text variable="title"/></layout></citation>
              <bibliography><layout><text macro="a"/><text variable="title"/></layout></bibliography>
            </style>
            """
        let processor = try CSLProcessor(style: CSLStyle(xml: Data(style.utf8), file: "bomb.csl"), locales: nil)
        var item = Item(id: "x")
        item.title = "Kept"
        #expect(processor.bibliography([item], format: .text) == ["Kept"])
    }
}

@Suite("Extreme dates")
struct ExtremeDateTests {
    @Test("the largest and smallest years sort and print without overflow")
    func extremeYears() throws {
        let style = """
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>d</id><title>d</title><updated>2026-01-01T00:00:00+00:00</updated></info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography><sort><key variable="issued"/></sort>
                <layout><date variable="issued"><date-part name="year"/></date></layout></bibliography>
            </style>
            """
        let processor = try CSLProcessor(style: CSLStyle(xml: Data(style.utf8), file: "d.csl"), locales: nil)
        var late = Item(id: "late")
        late.issued = DateValue(year: Int.max)
        var early = Item(id: "early")
        early.issued = DateValue(year: Int.min)
        let out = processor.bibliography([late, early], format: .text)
        #expect(out.count == 2)
        #expect(out[0].hasPrefix("9223372036854775808"))
        #expect(out[1] == "9223372036854775807")
    }

    @Test("a term whose text is only a line break and indentation is empty; a term of one space keeps it (citeproc-js, suite label_EditorTranslator1)")
    func whitespaceTerms() throws {
        #expect(CSLLocale.termValue("\n      ") == "")
        #expect(CSLLocale.termValue(" ") == " ")
        #expect(CSLLocale.termValue(" [et al.]") == " [et al.]")
        let json = #"[{"id":"a","author":[{"family":"Doe","given":"John"},{"family":"Roe","given":"Jane"}]}]"#
        let out = try Support.cite(#"<names variable="author" suffix=". "><name et-al-min="2" et-al-use-first="1"/><et-al term="and others"/></names><text value="Title"/>"#,
                                   json, macros: "<locale><terms><term name=\"and others\">\n      </term></terms></locale>")
        #expect(out == "John Doe. Title")
    }
}
