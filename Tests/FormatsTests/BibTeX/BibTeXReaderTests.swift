import Bibliography
import Foundation
import Testing
@testable import Formats

private func read(_ text: String) -> FormatReadResult { BibTeXReader.read(Data(text.utf8), file: "t.bib") }

@Suite struct BibTeXSyntaxTests {
    @Test func stringMacrosConcatenateAndReferToStrings() {
        let r = read("""
            @string{first = "Journal"}
            @STRING(both = first # { of } # "Things")
            @article{k, journal = both # " " # 2001, year = 2001}
            """)
        #expect(r.items.first?.containerTitle == "Journal of Things 2001")
    }

    @Test func monthMacrosGiveMonthNumbers() {
        let r = read("@article{k, year = {1999}, month = sep}")
        #expect(r.items.first?.issued?.dateParts == [[1999, 9]])
    }

    @Test func preambleCommentAndFreeTextAreNotItems() {
        let r = read("""
            Free text with an address joe@example.org between entries.
            @preamble{ "\\newcommand{\\x}{y}" }
            @comment{ @article{hidden, title = {No}} }
            @article{seen, title = {Yes}}
            """)
        #expect(r.items.map(\.idString) == ["seen"])
        #expect(r.errors.isEmpty)
    }

    @Test func parenthesesDelimitEntriesAndNamesAreCaseInsensitive() {
        let r = read("@ARTICLE(k, TITLE = {T}, Journal = \"J\")")
        #expect(r.items.first?.title == "T")
        #expect(r.items.first?.containerTitle == "J")
        #expect(r.items.first?.type == .articleJournal)
    }

    @Test func brokenEntryIsReportedWithPositionAndNeighboursAreRead() {
        let r = read("""
            @article{a, title = {One}}
            @article{b, title = {Two
            @article{c, title = {Three}}
            @article{d title = {Four}}
            @article{e, title = {Five}}
            """)
        #expect(r.items.map(\.idString) == ["a", "c", "e"])
        #expect(r.errors.map(\.location) == [SourceLocation(line: 2, column: 21), SourceLocation(line: 4, column: 12)])
        #expect(r.errors.first?.description == "t.bib:2:21: error: unbalanced braces: '{' is not closed before the entry on the next line")
    }

    @Test func entryRightAfterAnUnclosedOneIsStillRead() {
        let r = read("@article{a, title = {x}\n@book{b, title = {B}}")
        #expect(r.items.map(\.idString) == ["b"])
        #expect(r.errors.map(\.description) == ["t.bib:2:1: error: expected ',' or '}' in @article{a"])
    }

    @Test func missingKeyIsAWarningAndTheFieldsAreRead() {
        let r = read("@article{\n  title = {T},\n  % a comment line\n  year = 2001 ,, }")
        #expect(r.items.first?.title == "T")
        #expect(r.items.first?.year == 2001)
        #expect(r.diagnostics.map(\.description) == ["t.bib:2:3: warning: @article has no citation key"])
    }

    @Test func undefinedMacroIsAWarningAndTheEntryIsKept() {
        let r = read("@article{k, journal = nosuch, title = {T}}")
        #expect(r.items.count == 1)
        #expect(r.diagnostics.map(\.severity) == [.warning])
        #expect(r.diagnostics.first?.location == SourceLocation(line: 1, column: 23))
    }
}

@Suite struct LaTeXDecodingTests {
    @Test func accentsAndNamedLetters() {
        let r = read(#"@article{k, title = {Caf{\'e} {\'\i}le na\"ive \ss{} \AA{} \L\'od\'z \o{} \ae{} \v{C}ech \c{c} \u{g} \H{o}}}"#)
        #expect(r.items.first?.title == "Café íle naive ß Å Łódź ø æ Čech ç ğ ő".replacingOccurrences(of: "naive", with: "naïve"))
    }

    @Test func escapesTiesDashesAndQuotes() {
        let r = read(#"@article{k, note = {A~B \& C 50\% \$5 a\_b 1--2 x---y ``q''}}"#)
        #expect(r.items.first?.note == "A\u{00A0}B & C 50% $5 a_b 1–2 x—y “q”")
    }

    @Test func mathIsKeptAsWritten() {
        let r = read(#"@article{k, title = {On $\alpha_{2}$ decay}}"#)
        #expect(r.items.first?.title == #"On $\alpha_{2}$ decay"#)
    }

    @Test func protectedWordsBecomeNocaseSpansAndSpecialCharactersDoNot() {
        let r = read(#"@article{k, title = {The {DNA} of {\'E}cole and \emph{E. coli}}}"#)
        #expect(r.items.first?.title == #"The <span class="nocase">DNA</span> of École and <i>E. coli</i>"#)
    }
}

@Suite struct BibTeXNameTests {
    func names(_ raw: String) -> [Name] { read("@book{k, author = {\(raw)}}").items.first?.author ?? [] }

    @Test func firstVonLast() {
        #expect(names("Ludwig van Beethoven") == [Name(family: "Beethoven", given: "Ludwig", nonDroppingParticle: "van")])
        #expect(names("Jean de la Fontaine") == [Name(family: "Fontaine", given: "Jean", nonDroppingParticle: "de la")])
    }

    @Test func vonLastFirstAndJr() {
        #expect(names("van Beethoven, Ludwig") == [Name(family: "Beethoven", given: "Ludwig", nonDroppingParticle: "van")])
        #expect(names("Ford, Jr., Henry") == [Name(family: "Ford", given: "Henry", suffix: "Jr.")])
        #expect(names("de la Vall{\\'e}e Poussin, Jr, Charles Louis") == [
            Name(family: "Vallée Poussin", given: "Charles Louis", nonDroppingParticle: "de la", suffix: "Jr"),
        ])
    }

    @Test func braceGroupsAreOneWordAndCorporateNamesAreLiteral() {
        #expect(names("{Barnes and Noble}, Inc and {World Health Organization}") == [
            Name(family: "Barnes and Noble", given: "Inc"), Name(literal: "World Health Organization"),
        ])
        #expect(names("{\\v{C}}apek, Karel") == [Name(family: "Čapek", given: "Karel")])
    }

    @Test func andOthersIsEtAl() {
        let item = read("@article{k, author = {Smith, John and others}}").items.first
        #expect(item?.author == [Name(family: "Smith", given: "John")])
        #expect(item?.authorListTruncated == true)
    }

    /// Plain ASCII lists are split on their bytes: white space, empty parts, `AND`, commas and
    /// words without letters follow the same rules as lists with LaTeX in them.
    @Test func plainNameListsFollowTheGeneralRules() {
        #expect(names("  Ludwig van  Beethoven\tand\n   Ann   B.  Carr , III , Xy and Name , Jr , First , Extra") == [
            Name(family: "Beethoven", given: "Ludwig", nonDroppingParticle: "van"),
            Name(family: "Ann B. Carr", given: "Xy", suffix: "III"),
            Name(family: "Name", given: "First Extra", suffix: "Jr"),
        ])
        #expect(names("Smith, and , John and , and AND and x y z , and 1 2 3") == [
            Name(family: "Smith"), Name(family: "John"), Name(family: "AND"),
            Name(family: "z", nonDroppingParticle: "x y"), Name(family: "3", given: "1 2"),
        ])
        let item = read("@article{k, author = {A. Smith and OTHERS}}").items.first
        #expect(item?.author == [Name(family: "Smith", given: "A.")])
        #expect(item?.authorListTruncated == true)
        // A brace group that changes nothing sends the list down the general path: same names.
        #expect(names("jean de la Fontaine and van Beethoven, Jr, Ludwig") == names("jean de la Font{a}ine and van Beethoven, Jr, Ludwi{g}"))
    }

    @Test func biblatexExtendedNameFormat() {
        #expect(names("family=Smith, given=Arthur, prefix=von") == [Name(family: "Smith", given: "Arthur", nonDroppingParticle: "von")])
    }
}

@Suite struct BibTeXFieldTests {
    @Test func biblatexDatesAndURLDate() {
        let item = read("@online{k, date = {2001-03/2002}, urldate = {2020-01-31}, url = {https://x.org/a_b%20c}}").items.first
        #expect(item?.issued?.dateParts == [[2001, 3], [2002]])
        #expect(item?.accessed?.dateParts == [[2020, 1, 31]])
        #expect(item?.url == "https://x.org/a_b%20c")
        #expect(item?.type == .webpage)
    }

    @Test func journaltitleDOIAndEprint() {
        let item = read("@article{k, journaltitle = {Nature}, doi = {https://doi.org/10.1000/X_1}, eprint = {12345}, eprinttype = {pubmed}, pages = {10--19}}").items.first
        #expect(item?.containerTitle == "Nature")
        #expect(item?.doi == "10.1000/X_1")
        #expect(item?.pmid == "12345")
        #expect(item?.page == "10-19")
    }

    @Test func crossrefInheritsAndBookTitleComesFromParentTitle() {
        let item = read("""
            @incollection{child, author = {A, B}, title = {Chapter}, crossref = {parent}, pages = {1--2}}
            @collection{parent, editor = {E, F}, title = {The Book}, publisher = {P}, year = 2000}
            """).items.first
        #expect(item?.containerTitle == "The Book")
        #expect(item?.title == "Chapter")
        #expect(item?.publisher == "P")
        #expect(item?.editor == [Name(family: "E", given: "F")])
        #expect(item?.year == 2000)
    }

    @Test func xdataFieldsAreInheritedAndXdataIsNoItem() {
        let r = read("""
            @xdata{pub, publisher = {Springer}, location = {Berlin}}
            @book{b, title = {T}, xdata = {pub}}
            """)
        #expect(r.items.map(\.idString) == ["b"])
        #expect(r.items.first?.publisher == "Springer")
        #expect(r.items.first?.publisherPlace == "Berlin")
    }

    @Test func xrefLinksWithoutInheritingAndInbookTakesTheBookAuthor() {
        let r = read("""
            @inbook{part, title = {Part}, crossref = {whole}}
            @incollection{linked, title = {Linked}, xref = {coll}}
            @book{whole, author = {Knuth, Donald}, title = {The Book}, year = 1984}
            @collection{coll, title = {Collected}, publisher = {P}}
            """)
        #expect(r.items[0].names["container-author"] == [Name(family: "Knuth", given: "Donald")])
        #expect(r.items[0].author == [])
        #expect(r.items[0].containerTitle == "The Book")
        #expect(r.items[1].containerTitle == nil)
        #expect(r.items[1].publisher == nil)
    }

    @Test func bareCommentSkipsOnlyTheWord() {
        let r = read("@comment this line is a comment\n@article{k, title = {T}}")
        #expect(r.items.map(\.title) == ["T"])
        #expect(r.errors.isEmpty)
    }

    @Test func entryTypesMapToCSLTypes() {
        let pairs: [(String, String)] = [
            ("article", "article-journal"), ("inproceedings", "paper-conference"), ("incollection", "chapter"),
            ("phdthesis", "thesis"), ("techreport", "report"), ("misc", "document"), ("unpublished", "manuscript"),
            ("booklet", "pamphlet"), ("online", "webpage"), ("inreference", "entry-encyclopedia"),
        ]
        for (bib, csl) in pairs {
            #expect(read("@\(bib){k, title = {T}}").items.first?.type.rawValue == csl, "\(bib)")
        }
    }
}

@Suite struct BibTeXWriterTests {
    @Test func writerEscapesAndRoundTrips() {
        var item = Item(id: "k", type: .articleJournal)
        item.title = #"50% of {x} & $y$ -- <span class="nocase">DNA</span> <i>in vivo</i>"#
        item.author = [Name(family: "Vallée Poussin", given: "Charles", nonDroppingParticle: "de la"), Name(literal: "WHO and Partners")]
        item.issued = DateValue(year: 2001, month: 3)
        item.doi = "10.1/a_b"
        let text = BibTeXWriter.write([item])
        #expect(text.contains(#"title = {50\% of \{x\} \& $y$ -{}- {DNA} \emph{in vivo}}"#))
        #expect(text.contains("author = {de la Vallée Poussin, Charles and {WHO and Partners}}"))
        #expect(read(text).items == [item])
    }

    @Test func keysAreStableAndUnique() {
        var a = Item(id: "has space", type: .book)
        a.title = "Über Alles"
        a.author = [Name(family: "Müller", given: "K")]
        a.issued = DateValue(year: 1990)
        let text = BibTeXWriter.write([a, a])
        #expect(text.contains("@book{muller1990uber,"))
        #expect(text.contains("@book{muller1990ubera,"))
    }
}
