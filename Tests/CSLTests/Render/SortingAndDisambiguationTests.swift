import Testing
@testable import CSL

@Suite("Sorting and disambiguation")
struct SortingAndDisambiguationTests {
    static let items = """
    [{"id":"1","title":"Zeta","author":[{"family":"Smith","given":"John"}],"issued":{"date-parts":[[2001]]}},
     {"id":"2","title":"Alpha","author":[{"family":"Smith","given":"Anne"}],"issued":{"date-parts":[[2001]]}},
     {"id":"3","title":"Beta","author":[{"family":"Adams","given":"Ada"}],"issued":{"date-parts":[[1999]]}}]
    """

    @Test("bibliography sorts by name keys then dates, descending when asked")
    func sorting() throws {
        let layout = #"<text variable="title"/>"#
        let asc = try Support.bib(layout, Self.items, sort: #"<key variable="author"/><key variable="issued"/>"#)
        #expect(asc == ["Beta", "Alpha", "Zeta"])
        let desc = try Support.bib(layout, Self.items, sort: #"<key variable="issued" sort="descending"/><key variable="title"/>"#)
        #expect(desc == ["Alpha", "Zeta", "Beta"])
    }

    @Test("a sort key from a macro renders names with the macro's name options (initials), a variable key with full names")
    func macroKeyNameOptions() throws {
        let macros = #"<macro name="author"><names variable="author"><name initialize-with=". " name-as-sort-order="all"/></names></macro>"#
        let layout = #"<text variable="title"/>"#
        // By initials John and Jane Smith tie ("Smith, J."), so the second key decides.
        let items = """
        [{"id":"1","title":"Zeta","author":[{"family":"Smith","given":"John"}],"issued":{"date-parts":[[2001]]}},
         {"id":"2","title":"Alpha","author":[{"family":"Smith","given":"Jane"}],"issued":{"date-parts":[[2002]]}}]
        """
        let byMacro = try Support.bib(layout, items, sort: #"<key macro="author"/><key variable="title" sort="descending"/>"#, macros: macros)
        #expect(byMacro == ["Zeta", "Alpha"])
        let byVariable = try Support.bib(layout, items, sort: #"<key variable="author"/><key variable="title" sort="descending"/>"#, macros: macros)
        #expect(byVariable == ["Alpha", "Zeta"])
    }

    @Test("givenname-disambiguation-rule all-names-with-initials adds initials only where they tell names apart")
    func initialsOnlyWhereTheyHelp() throws {
        let layout = #"<group delimiter=" "><names variable="author"><name form="short" initialize-with=". "/></names><date variable="issued"><date-part name="year"/></date></group>"#
        let attributes = #"disambiguate-add-givenname="true" givenname-disambiguation-rule="all-names-with-initials""#
        let sameInitials = """
        [{"id":"1","author":[{"family":"Smith","given":"John"}],"issued":{"date-parts":[[2001]]}},
         {"id":"2","author":[{"family":"Smith","given":"Jane"}],"issued":{"date-parts":[[2002]]}}]
        """
        #expect(try Support.cite(layout, sameInitials, citationAttributes: attributes) == "Smith 2001; Smith 2002")
        let otherInitials = sameInitials.replacingOccurrences(of: "Jane", with: "Adam")
        #expect(try Support.cite(layout, otherInitials, citationAttributes: attributes) == "J. Smith 2001; A. Smith 2002")
    }

    @Test("citation numbers follow the bibliography order")
    func citationNumbers() throws {
        let style = try Support.style(citation: #"<text variable="citation-number"/>"#, bibliography: #"<text variable="citation-number" suffix=". "/><text variable="title"/>"#,
                                      sort: #"<key variable="title"/>"#, delimiter: ",")
        let p = try CSLProcessor(style: style, locales: Support.locales)
        let doc = p.render(items: try Support.items(Self.items), citations: [Citation(items: [CitationItem(id: "1"), CitationItem(id: "3")])], format: .text)
        #expect(doc.bibliography == ["1. Alpha", "2. Beta", "3. Zeta"])
        #expect(doc.citations == ["3,2"])
    }

    @Test("given names are added to tell same-family authors apart")
    func givenName() throws {
        let out = try Support.cite(#"<group delimiter=" "><names variable="author"><name form="short" initialize-with=". "/></names><date variable="issued"><date-part name="year"/></date></group>"#,
                                   Self.items, citationAttributes: #"disambiguate-add-givenname="true""#)
        #expect(out == "J. Smith 2001; A. Smith 2001; Adams 1999")
    }

    @Test("year suffixes are added when names cannot disambiguate")
    func yearSuffix() throws {
        let json = #"[{"id":"1","title":"A","author":[{"family":"Doe","given":"J"}],"issued":{"date-parts":[[2000]]}},{"id":"2","title":"B","author":[{"family":"Doe","given":"J"}],"issued":{"date-parts":[[2000]]}}]"#
        let out = try Support.cite(#"<group delimiter=" "><names variable="author"><name form="short"/></names><date variable="issued"><date-part name="year"/></date></group>"#,
                                   json, citationAttributes: #"disambiguate-add-year-suffix="true" collapse="year-suffix" year-suffix-delimiter=",""#)
        #expect(out == "Doe 2000a,b")
    }

    @Test("citation-number collapsing makes ranges of three or more")
    func collapse() throws {
        let json = #"[{"id":"1"},{"id":"2"},{"id":"3"},{"id":"4"},{"id":"5"}]"#
        let style = try Support.style(citation: #"<text variable="citation-number"/>"#, citationAttributes: #"collapse="citation-number""#, delimiter: ",")
        let p = try CSLProcessor(style: style, locales: Support.locales)
        let out = p.citation([["1", "2", "3", "4", "5"].map { CitationItem(id: $0) }, ["1", "2", "3", "5"].map { CitationItem(id: $0) }],
                             items: try Support.items(json), format: .text)
        #expect(out == ["1–5", "1–3,5"])
    }

    @Test("an explicit after-collapse-delimiter separates every author group of a collapsing citation, collapsed or not (citeproc-js getSpliceDelimiter)")
    func afterCollapseDelimiterBetweenGroups() throws {
        let json = """
        [{"id":"1","author":[{"family":"Whittaker","given":"R"}],"issued":{"date-parts":[[1967]]}},
         {"id":"2","author":[{"family":"Whittaker","given":"R"}],"issued":{"date-parts":[[1975]]}},
         {"id":"3","author":[{"family":"Wiens","given":"J"}],"issued":{"date-parts":[[1989]]}}]
        """
        let layout = #"<group delimiter=" "><names variable="author"><name form="short"/></names><date variable="issued"><date-part name="year"/></date></group>"#
        func render(_ collapse: String) throws -> [String] {
            let style = try Support.style(citation: layout, citationAttributes: #"collapse="\#(collapse)" after-collapse-delimiter="; ""#, delimiter: ", ")
            let p = try CSLProcessor(style: style, locales: Support.locales)
            return p.citation([["1", "2", "3"].map { CitationItem(id: $0) }, ["1", "3"].map { CitationItem(id: $0) }],
                              items: try Support.items(json), format: .text)
        }
        #expect(try render("year") == ["Whittaker 1967, 1975; Wiens 1989", "Whittaker 1967; Wiens 1989"])
        // Under collapse="year-suffix" two single cites keep the layout delimiter.
        #expect(try render("year-suffix") == ["Whittaker 1967, 1975; Wiens 1989", "Whittaker 1967, Wiens 1989"])
    }

    @Test("year suffixes also tell apart items whose later cites, cut by et-al-subsequent, would read alike (citeproc-js)")
    func yearSuffixForSubsequentForm() throws {
        let json = """
        [{"id":"1","author":[{"family":"Baur"},{"family":"Fröberg"},{"family":"Guggenheim"}],"issued":{"date-parts":[[2000]]}},
         {"id":"2","author":[{"family":"Baur"},{"family":"Schileyko"}],"issued":{"date-parts":[[2000]]}},
         {"id":"3","author":[{"family":"Doe"}],"issued":{"date-parts":[[2000]]}}]
        """
        let layout = #"<group delimiter=" "><names variable="author"><name form="short" and="symbol"/></names><group><date variable="issued"><date-part name="year"/></date><text variable="year-suffix"/></group></group>"#
        let subsequent = try Support.cite(layout, json, citationAttributes: #"disambiguate-add-year-suffix="true" et-al-min="4" et-al-use-first="3" et-al-subsequent-min="2" et-al-subsequent-use-first="1""#)
        #expect(subsequent == "Baur, Fröberg, & Guggenheim 2000a; Baur & Schileyko 2000b; Doe 2000")
        let plain = try Support.cite(layout, json, citationAttributes: #"disambiguate-add-year-suffix="true" et-al-min="4" et-al-use-first="3""#)
        #expect(plain == "Baur, Fröberg, & Guggenheim 2000; Baur & Schileyko 2000; Doe 2000")
    }

    @Test("disambiguate=\"true\" tests are turned on one at a time until the cite is unique (citeproc-js incremental disambiguation)")
    func incrementalDisambiguateCondition() throws {
        let json = """
        [{"id":"1","author":[{"family":"Smith","given":"John"}],"title":"Book One","edition":"3"},
         {"id":"2","author":[{"family":"Smith","given":"John"}],"title":"Book Two","edition":"4"},
         {"id":"3","author":[{"family":"Smith","given":"John"}],"title":"Complete Works","edition":"5"},
         {"id":"4","author":[{"family":"Smith","given":"John"}],"title":"Complete Works","edition":"6"}]
        """
        let layout = #"<group delimiter=", "><names variable="author"><name/></names><choose><if disambiguate="true"><text variable="title"/></if></choose><choose><if disambiguate="true"><text variable="edition" prefix="ed. "/></if></choose></group>"#
        let style = try Support.style(citation: layout)
        let p = try CSLProcessor(style: style, locales: Support.locales)
        let out = p.citation(["1", "2", "3", "4"].map { [CitationItem(id: $0)] }, items: try Support.items(json), format: .text)
        #expect(out == ["John Smith, Book One", "John Smith, Book Two", "John Smith, Complete Works, ed. 5", "John Smith, Complete Works, ed. 6"])
    }

    @Test("year suffixes follow the bibliography's order, not the order of cites (spec, disambiguate-add-year-suffix)")
    func yearSuffixFollowsBibliographyOrder() throws {
        let style = try Support.style(
            citation: #"<group delimiter=" "><names variable="author"><name form="short"/></names><group><date variable="issued"><date-part name="year"/></date><text variable="year-suffix"/></group></group>"#,
            bibliography: #"<text variable="title"/>"#, citationAttributes: #"disambiguate-add-year-suffix="true""#,
            sort: #"<key variable="author"/>"#)
        let json = """
        [{"id":"j","title":"A","author":[{"family":"Doe","given":"John"}],"issued":{"date-parts":[[1965]]}},
         {"id":"h","title":"B","author":[{"family":"Doe","given":"Heroclitus"}],"issued":{"date-parts":[[1965]]}}]
        """
        let p = try CSLProcessor(style: style, locales: Support.locales)
        let doc = p.render(items: try Support.items(json), citations: [Citation(items: [CitationItem(id: "j"), CitationItem(id: "h")])], format: .text)
        // "Doe, Heroclitus" sorts first, so it gets "a" although "j" is cited first.
        #expect(doc.citations == ["Doe 1965b; Doe 1965a"])
        #expect(doc.disambiguation["h"]?.yearSuffix == 1)
        #expect(doc.disambiguation["j"]?.yearSuffix == 2)
    }

    @Test("the document reports each item's disambiguation, which changes when a later citation makes it ambiguous")
    func disambiguationStateIsReported() throws {
        let style = try Support.style(
            citation: #"<choose><if position="subsequent"><names variable="author"><name form="short"/></names><choose><if disambiguate="true"><text variable="title" prefix=", "/></if></choose></if><else><text variable="title"/></else></choose>"#,
            citationAttributes: #"disambiguate-add-names="true""#)
        let json = """
        [{"id":"a","title":"Book A","author":[{"family":"Doe","given":"John"}]},
         {"id":"b","title":"Book B","author":[{"family":"Doe","given":"John"}]}]
        """
        let items = try Support.items(json)
        let p = try CSLProcessor(style: style, locales: Support.locales)
        let first = Citation(items: [CitationItem(id: "a"), CitationItem(id: "b")], noteIndex: 1)
        let once = p.render(items: items, citations: [first], format: .text)
        #expect(once.disambiguation["a"]?.condition != true)
        let twice = p.render(items: items, citations: [first, Citation(items: [CitationItem(id: "a"), CitationItem(id: "b")], noteIndex: 2)], format: .text)
        #expect(twice.citations[1] == "Doe, Book A; Doe, Book B")
        #expect(twice.disambiguation["a"]?.condition == true)
        // The first citation's text is the same; its items' state is what changed.
        #expect(twice.citations[0] == once.citations[0])
    }
}
