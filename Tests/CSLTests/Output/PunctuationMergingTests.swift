import Testing
@testable import CSL

/// Punctuation where affixes and delimiters of empty neighbours meet. CSL 1.0.2 defines no merging
/// (the CSL documentation's issue 81 leaves adjacent-punctuation rules to processors); CiteKit follows
/// citeproc-js's table for adjacent marks and the Haskell citeproc's rules for marks across a space.
@Suite("Punctuation merging at joins")
struct PunctuationMergingTests {
    static let book = #"[{"id":"a","type":"book","title":"His Life","issued":{"date-parts":[[1965]]}}]"#

    @Test("a part that opens with its own comma takes the group delimiter's place (no ', , ')")
    func partOpeningWithSeparatorReplacesDelimiter() throws {
        let layout = """
        <group delimiter=", "><text variable="title"/><group><text variable="publisher"/>\
        <date variable="issued" prefix=", "><date-part name="year"/></date></group></group>
        """
        #expect(try Support.cite(layout, Self.book) == "His Life, 1965")
    }

    @Test("the delimiter stays before a part that opens with a letter or a bracket")
    func delimiterBeforeOrdinaryPart() throws {
        let layout = #"<group delimiter=", "><text variable="title"/><date variable="issued" prefix="(" suffix=")"><date-part name="year"/></date></group>"#
        #expect(try Support.cite(layout, Self.book) == "His Life, (1965)")
    }

    @Test("a period after an affix's trailing space merges with the period before the space ('(n.d.). .' → '(n.d.).')")
    func periodAcrossSpaceMerges() throws {
        let layout = #"<group suffix="."><text variable="title" suffix=". "/><text variable="publisher"/></group>"#
        #expect(try Support.cite(layout, Self.book) == "His Life.")
    }

    @Test("a comma after a trailing space attaches to the word before it")
    func commaAfterSpaceAttaches() throws {
        let layout = #"<text variable="title" suffix=" "/><text variable="publisher"/><date variable="issued" prefix=", "><date-part name="year"/></date>"#
        #expect(try Support.cite(layout, Self.book) == "His Life, 1965")
    }

    @Test("ISO 690's spaced colon and semicolon separators are kept")
    func spacedColonKept() throws {
        let json = #"[{"id":"a","type":"book","title":"His Life","publisher":"Dom"}]"#
        let layout = #"<text variable="title" suffix=" "/><text variable="publisher" prefix=": "/>"#
        #expect(try Support.cite(layout, json) == "His Life : Dom")
    }

    @Test("different marks across a space both stay when the table keeps both ('.,')")
    func differentMarksKeepBoth() throws {
        let layout = #"<text variable="title" suffix=". "/><date variable="issued" prefix=", "><date-part name="year"/></date>"#
        #expect(try Support.cite(layout, Self.book) == "His Life., 1965")
    }

    @Test("punctuation typed after a quote in a cite affix stays outside the quote; the style's own affix moves inside")
    func typedAffixPunctuationStaysOutsideQuotes() throws {
        let style = try Support.style(citation: #"<text variable="title"/>"#)
        let items = try Support.items(#"[{"id":"a","title":"Some title"}]"#)
        let p = try CSLProcessor(style: style, locales: Support.locales)
        let typed = p.citation([[CitationItem(id: "a", prefix: "'quote', ", suffix: #", "Hello there"."#)]], items: items, format: .text)
        #expect(typed == ["\u{201C}quote\u{201D}, Some title, \u{201C}Hello there\u{201D}."])
        let styled = try Support.cite(#"<text variable="title" quotes="true" suffix=","/><text value=" end"/>"#, #"[{"id":"a","title":"Some title"}]"#)
        #expect(styled == "\u{201C}Some title,\u{201D} end")
    }

    @Test("a prefix '. ' before content that opens with '. ' leaves one period, not '..'")
    func prefixPeriodMergesWithContentPeriod() throws {
        let json = #"[{"id":"a","type":"book","title":"His Life","publisher":"Unknown Press"}]"#
        let layout = #"<text variable="title"/><group prefix=". "><text variable="publisher" prefix=". "/></group>"#
        #expect(try Support.cite(layout, json) == "His Life. Unknown Press")
    }
}
