import Testing
@testable import CSL

@Suite("Groups and conditions")
struct GroupsAndConditionsTests {
    @Test("a group whose variables are all empty is suppressed, terms included")
    func suppression() throws {
        let layout = #"<group delimiter=" "><text term="volume" form="short"/><text variable="volume"/></group><text variable="title" prefix="|"/>"#
        #expect(try Support.cite(layout, #"[{"id":"a","title":"T"}]"#) == "|T")
        #expect(try Support.cite(layout, #"[{"id":"a","title":"T","volume":"3"}]"#) == "vol. 3|T")
    }

    @Test("a macro is expanded as a group (citeproc-js): a term beside an empty variable prints nothing")
    func macroAsGroup() throws {
        let macros = #"""
        <macro name="translator"><text term="translator" form="verb" suffix=" "/><names variable="translator"/></macro>
        <macro name="label"><text term="edition" form="short"/></macro>
        """#
        let layout = #"<group delimiter=", "><text variable="title"/><text macro="translator"/><text macro="label"/></group>"#
        #expect(try Support.cite(layout, #"[{"id":"a","title":"T"}]"#, macros: macros) == "T, ed.")
        #expect(try Support.cite(layout, #"[{"id":"a","title":"T","translator":[{"family":"Roe","given":"Ann"}]}]"#, macros: macros)
            == "T, translated by Ann Roe, ed.")
    }

    @Test("choose picks the first matching branch; match any, all and none")
    func choose() throws {
        let layout = #"""
        <choose>
          <if type="book" variable="publisher" match="all"><text value="book+publisher"/></if>
          <else-if variable="DOI URL" match="any"><text value="online"/></else-if>
          <else-if is-numeric="volume" match="none"><text value="no numeric volume"/></else-if>
          <else><text value="other"/></else>
        </choose>
        """#
        #expect(try Support.cite(layout, #"[{"id":"a","type":"book","publisher":"P"}]"#) == "book+publisher")
        #expect(try Support.cite(layout, #"[{"id":"a","type":"book","URL":"http://x"}]"#) == "online")
        #expect(try Support.cite(layout, #"[{"id":"a","volume":"two"}]"#) == "no numeric volume")
        #expect(try Support.cite(layout, #"[{"id":"a","volume":"2"}]"#) == "other")
    }

    @Test("position conditions: first, subsequent and ibid")
    func positions() throws {
        let style = try Support.style(citation: #"<choose><if position="ibid"><text value="Ibid."/></if><else-if position="subsequent"><text variable="title" form="short"/></else-if><else><text variable="title"/></else></choose>"#)
        let items = try Support.items(#"[{"id":"a","title":"A Long Title","title-short":"Long"},{"id":"b","title":"Other"}]"#)
        let p = try CSLProcessor(style: style, locales: Support.locales)
        let out = p.citation([[CitationItem(id: "a")], [CitationItem(id: "a")], [CitationItem(id: "b")], [CitationItem(id: "a")]],
                             items: items, format: .text)
        #expect(out == ["A Long Title", "Ibid.", "Other", "Long"])
    }

    @Test("an explicit position on a cite (citeproc-js codes) replaces the computed one")
    func explicitPosition() throws {
        let style = try Support.style(citation: #"<choose><if position="ibid-with-locator"><text value="Ibid."/></if><else-if position="subsequent"><text value="Sub"/></else-if><else><text variable="title"/></else></choose>"#)
        let items = try Support.items(#"[{"id":"a","title":"A"}]"#)
        let p = try CSLProcessor(style: style, locales: Support.locales)
        let out = p.citation([[CitationItem(id: "a", position: 3)], [CitationItem(id: "a", position: 0)], [CitationItem(id: "a")]],
                             items: items, format: .text)
        #expect(out == ["Ibid.", "A", "Sub"])
    }
}
