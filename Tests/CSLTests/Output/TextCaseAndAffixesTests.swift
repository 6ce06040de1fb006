import Testing
@testable import CSL

@Suite("Text case, affixes and formatting")
struct TextCaseAndAffixesTests {
    @Test("title case capitalizes lowercase words except stop words in the middle")
    func title() throws {
        let json = #"[{"id":"a","title":"the effect of growth factors on the ligaments: a review of DNA"}]"#
        #expect(try Support.cite(#"<text variable="title" text-case="title"/>"#, json)
                == "The Effect of Growth Factors on the Ligaments: A Review of DNA")
    }

    @Test("title case lowercases only the specification's stop words and the name particles de, d', van, von")
    func specStopWords() throws {
        let json = #"[{"id":"a","title":"recovery after surgery versus rest among patients of van gogh and la fontaine"}]"#
        #expect(try Support.cite(#"<text variable="title" text-case="title"/>"#, json)
                == "Recovery After Surgery Versus Rest Among Patients of van Gogh and La Fontaine")
    }

    @Test("title case does not capitalize a letter after a word's leading digit (miR-34b)")
    func digitFirstWords() throws {
        let json = #"[{"id":"a","title":"regulation of miR-34b/miR-34c by TCL1 in 11q- leukaemia"}]"#
        #expect(try Support.cite(#"<text variable="title" text-case="title"/>"#, json) == "Regulation of miR-34b/miR-34c by TCL1 in 11q- Leukaemia")
    }

    @Test("title case leaves non-Latin letters and nodecor spans alone")
    func titleScriptsAndNodecor() throws {
        let json = #"[{"id":"a","title":"клинические study of <span class=\"nodecor\">iPhone users</span>","language":"en"}]"#
        #expect(try Support.cite(#"<text variable="title" text-case="title"/>"#, json) == "клинические Study of iPhone users")
    }

    @Test("nocase spans are left alone; sentence, upper and capitalize-first")
    func others() throws {
        let json = #"[{"id":"a","title":"Studies of <span class=\"nocase\">mRNA</span> in Mice"}]"#
        #expect(try Support.cite(#"<text variable="title" text-case="uppercase"/>"#, json) == "STUDIES OF mRNA IN MICE")
        #expect(try Support.cite(#"<text variable="title" text-case="sentence"/>"#, json) == "Studies of mRNA in mice")
        #expect(try Support.cite(#"<text variable="title" text-case="lowercase"/>"#, #"[{"id":"a","title":"ABC Def"}]"#) == "abc def")
        #expect(try Support.cite(#"<text variable="title" text-case="capitalize-first"/>"#, #"[{"id":"a","title":"abc def"}]"#) == "Abc def")
    }

    @Test("affixes stay outside fonts; duplicate punctuation collapses at joins")
    func affixes() throws {
        let json = #"[{"id":"a","title":"Why?","container-title":"J"}]"#
        let layout = #"<group delimiter=". "><text variable="title" font-style="italic" prefix="[" suffix="]"/><text variable="container-title" suffix="."/></group>"#
        #expect(try Support.cite(layout, json, format: .html) == "[<i>Why?</i>]. J.")
        let merged = #"<text variable="title" suffix="."/>"#
        #expect(try Support.cite(merged, json) == "Why?")
    }

    @Test("quotes nest, and punctuation moves inside them in en-US")
    func quotes() throws {
        let json = #"[{"id":"a","title":"A \"quoted\" word"}]"#
        #expect(try Support.cite(#"<text variable="title" quotes="true" suffix="."/>"#, json) == "“A ‘quoted’ word.”")
    }

    @Test("HTML output escapes and marks fonts as the test suite does")
    func html() throws {
        let json = #"[{"id":"a","title":"R&D <i>in vivo</i>"}]"#
        #expect(try Support.cite(#"<text variable="title" font-variant="small-caps"/>"#, json, format: .html)
                == #"<span style="font-variant:small-caps;">R&#38;D <i>in vivo</i></span>"#)
        #expect(try Support.cite(#"<text variable="title" font-style="italic"/>"#, json, format: .html)
                == #"<i>R&#38;D <span style="font-style:normal;">in vivo</span></i>"#)
        #expect(try Support.cite(#"<text variable="title" font-style="italic"/>"#, json, format: .markdown) == "*R&D in vivo*")
    }

    @Test("uppercase and lowercase follow Turkish casing of i for an item in Turkish (i→İ, ı→I), not for others (citeproc-js, suite textcase_LocaleUnicode)")
    func turkishCasing() throws {
        let json = #"[{"id":"1","title":"ic ıd","language":"tr"},{"id":"2","title":"ic ıd","language":"en"},{"id":"3","title":"İSTANBUL IRMAK","language":"tr-TR"}]"#
        let upper = try Support.bib(#"<text variable="title" text-case="uppercase"/>"#, json)
        #expect(upper == ["İC ID", "IC ID", "İSTANBUL IRMAK"])
        let lower = try Support.bib(#"<text variable="title" text-case="lowercase"/>"#, json)
        #expect(lower == ["ic ıd", "ic ıd", "istanbul ırmak"])
    }
}
