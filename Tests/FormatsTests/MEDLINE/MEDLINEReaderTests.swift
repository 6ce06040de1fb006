import Bibliography
import Foundation
import Testing
@testable import Formats

private func read(_ text: String) -> RecordReadResult { MEDLINEReader.readRecords(Data(text.utf8), file: "t.nbib") }

@Suite struct MEDLINEReaderTests {
    @Test func blankLinesSeparateRecordsAndSixSpaceLinesContinueValues() {
        let r = read("""

            PMID- 111
            TI  - A title that goes on 
                  to a second line.
            AB  - First line
                  second line.

            PMID- 222
            TI  - Other.
            """)
        #expect(r.records.map(\.item.pmid) == ["111", "222"])
        #expect(r.records[0].item.title == "A title that goes on to a second line")
        #expect(r.records[0].item.abstract == "First line second line.")
        #expect(r.records[0].item.idString == "111")
        #expect(r.diagnostics.isEmpty)
    }

    @Test func pmidOpensARecordEvenWithoutABlankLine() {
        let r = read("PMID- 1\nTI  - One.\nPMID- 2\nTI  - Two.\n")
        #expect(r.records.map(\.item.title) == ["One", "Two"])
    }

    @Test func fullAndAbbreviatedAuthorsWithSuffixParticleAndCorporateAuthor() {
        let r = read("""
            PMID- 1
            FAU - de Hoon, Michiel J L
            AU  - de Hoon MJ
            AUID- ORCID: 0000-0002-1825-0097
            AD  - Dept A.
            AD  - Dept B.
            FAU - Artino, Anthony R Jr
            AU  - Artino AR Jr
            FAU - Selvamani
            AU  - Selvamani
            CN  - STRATIS Investigators
            AU  - Smith JA
            """)
        let item = r.records[0].item
        #expect(item.author == [
            Name(family: "de Hoon", given: "Michiel J L"),
            Name(family: "Artino", given: "Anthony R", suffix: "Jr"),
            Name(family: "Selvamani"),
            Name(literal: "STRATIS Investigators"),
            Name(family: "Smith", given: Name.givenName(fromInitials: "JA")),
        ])
        let details = r.records[0].metadata.authorDetails
        #expect(details.map(\.initials) == ["MJ", "AR", nil, nil, "JA"])
        #expect(details[0].identifiers == [AuthorIdentifier(source: "ORCID", value: "0000-0002-1825-0097")])
        #expect(details[0].affiliations == ["Dept A.", "Dept B."])
    }

    @Test func everyLocationIdentifierIsKeptAndArticleIDsFollow() {
        let r = read("""
            PMID- 30
            LID - 2018.6.JNS181045 [pii]
            LID - 10.3171/2018.6.JNS181045 [doi]
            AID - 10.3171/2018.6.JNS181045 [doi]
            AID - 2018.6.JNS181045 [pii]
            PMC - PMC123
            MID - NIHMS9
            """)
        let m = r.records[0].metadata
        #expect(m.articleIDs == [
            ArticleID(type: "pii", value: "2018.6.JNS181045", fromELocation: true),
            ArticleID(type: "doi", value: "10.3171/2018.6.JNS181045", fromELocation: true),
            ArticleID(type: "pubmed", value: "30"),
            ArticleID(type: "doi", value: "10.3171/2018.6.JNS181045"),
            ArticleID(type: "pii", value: "2018.6.JNS181045"),
            ArticleID(type: "pmc", value: "PMC123"),
            ArticleID(type: "mid", value: "NIHMS9"),
        ])
        #expect(r.records[0].item.doi == "10.3171/2018.6.JNS181045")
        #expect(r.records[0].item.pmcid == "PMC123")
    }

    @Test func aDOIOnlyInALocationIdentifierIsTheItemsDOI() {
        let r = read("PMID- 5\nLID - 10.1/abc [doi]\nLID - e5 [pii]\n")
        #expect(r.records[0].item.doi == "10.1/abc")
        #expect(r.records[0].metadata.articleIDs.filter(\.fromELocation).map(\.value) == ["10.1/abc", "e5"])
    }

    @Test func abbreviatedPageRangesAreExpanded() {
        let pages = ["123-9", "1422-3", "e5350", "S12-5", "184-90, 200-5"].map { read("PMID- 1\nPG  - \($0)\n").records[0].item.page }
        #expect(pages == ["123-129", "1422-1423", "e5350", "S12-S15", "184-190, 200-205"])
    }

    @Test func publicationDatesInEveryForm() {
        func issued(_ dp: String) -> DateValue? { read("PMID- 1\nDP  - \(dp)\n").records[0].item.issued }
        #expect(issued("2009 Jun 1") == DateValue(dateParts: [[2009, 6, 1]]))
        #expect(issued("2016") == DateValue(dateParts: [[2016]]))
        #expect(issued("2000 Spring") == DateValue(dateParts: [[2000]], season: .int(1)))
        #expect(issued("2015 Oct-Dec") == DateValue(dateParts: [[2015, 10], [2015, 12]]))
        #expect(issued("1998 Dec-1999 Jan") == DateValue(dateParts: [[1998, 12], [1999, 1]]))
        #expect(issued("1975 Aug 15-21") == DateValue(dateParts: [[1975, 8, 15], [1975, 8, 21]]))
    }

    @Test func meshHeadingsWithQualifiersAndMajorTopics() {
        let r = read("PMID- 1\nMH  - Computational Biology/*methods\nMH  - *Software\nMH  - Stroke/*diagnostic imaging/surgery\n")
        #expect(r.records[0].metadata.meshHeadings == [
            MeshHeading(descriptor: MeshTerm(name: "Computational Biology"), qualifiers: [MeshTerm(name: "methods", majorTopic: true)]),
            MeshHeading(descriptor: MeshTerm(name: "Software", majorTopic: true)),
            MeshHeading(descriptor: MeshTerm(name: "Stroke"), qualifiers: [MeshTerm(name: "diagnostic imaging", majorTopic: true), MeshTerm(name: "surgery")]),
        ])
    }

    @Test func retractionErratumAndCommentLinks() {
        let r = read("""
            PMID- 1
            PT  - Journal Article
            PT  - Retracted Publication
            RIN - Lancet. 2010 Feb 6;375(9713):445. PMID: 20137807
            EIN - Cell Rep. 2022 Jun 28;39(13):111044. doi: 10.1016/j.celrep.2022.111044. PMID: 
                  35767954
            CIN - Radiology. 2017 Aug;284(2):607-608.
            EFR - PMID: 99
            """)
        let m = r.records[0].metadata
        #expect(m.publicationTypes.map(\.name) == ["Journal Article", "Retracted Publication"])
        #expect(m.commentsCorrections == [
            CommentCorrection(type: .retractionIn, refSource: "Lancet. 2010 Feb 6;375(9713):445.", pmid: "20137807"),
            CommentCorrection(type: .erratumIn, refSource: "Cell Rep. 2022 Jun 28;39(13):111044. doi: 10.1016/j.celrep.2022.111044.", pmid: "35767954"),
            CommentCorrection(type: .commentIn, refSource: "Radiology. 2017 Aug;284(2):607-608."),
            CommentCorrection(type: .erratumFor, pmid: "99"),
        ])
        #expect(m.isRetracted)
    }

    @Test func languagesBecomeBCP47AndAreAllKept() {
        let r = read("PMID- 1\nLA  - ger\nLA  - eng\n")
        #expect(r.records[0].item.language == "de")
        #expect(r.records[0].metadata.languages == ["ger", "eng"])
    }

    @Test func journalFieldsISSNsAndChemicals() {
        let r = read("""
            PMID- 1
            IS  - 1367-4811 (Electronic)
            IS  - 1367-4803 (Linking)
            TA  - Bioinformatics
            JT  - Bioinformatics (Oxford, England)
            JID - 9808944
            PL  - England
            VI  - 25
            IP  - 11
            RN  - 0 (Fatty Acids)
            RN  - EC 1.1.1.1 (Alcohol Dehydrogenase)
            """)
        let rec = r.records[0]
        #expect(rec.item.issn == "1367-4811")
        #expect(rec.item.containerTitle == "Bioinformatics (Oxford, England)")
        #expect(rec.item.containerTitleShort == "Bioinformatics")
        #expect(rec.item.volume == "25")
        #expect(rec.item.issue == "11")
        #expect(rec.metadata.journal == JournalInfo(medlineTA: "Bioinformatics", nlmUniqueID: "9808944", issnLinking: "1367-4803", country: "England", issns: [ISSN(value: "1367-4811", type: "Electronic")]))
        #expect(rec.metadata.chemicals == [Chemical(name: "Fatty Acids"), Chemical(name: "Alcohol Dehydrogenase", registryNumber: "EC 1.1.1.1")])
    }

    @Test func keywordsWithOwnerAndMajorTopic() {
        let r = read("PMID- 1\nOTO - NOTNLM\nOT  - *stroke\nOT  - humans\n")
        #expect(r.records[0].metadata.keywords == [Keyword(text: "stroke", majorTopic: true, owner: "NOTNLM"), Keyword(text: "humans", owner: "NOTNLM")])
        #expect(r.records[0].item.string("keyword") == "stroke, humans")
    }

    @Test func historyFromPHSTAndTheOlderSeparateDateFields() {
        let r = read("""
            PMID- 1
            DCOM- 20090709
            LR  - 20140831
            DEP - 20090320
            EDAT- 2009/03/24 09:00
            MHDA- 2009/07/10 09:00
            CRDT- 2009/03/24 09:00
            PHST- 2009/03/20 [aheadofprint]
            PST - ppublish
            """)
        let m = r.records[0].metadata
        #expect(m.history == [
            HistoryDate(status: "aheadofprint", date: [2009, 3, 20]), HistoryDate(status: "pubmed", date: [2009, 3, 24]),
            HistoryDate(status: "medline", date: [2009, 7, 10]), HistoryDate(status: "entrez", date: [2009, 3, 24]),
        ])
        #expect(m.dateCompleted == [2009, 7, 9])
        #expect(m.dateRevised == [2014, 8, 31])
        #expect(m.articleDates == [HistoryDate(status: "Electronic", date: [2009, 3, 20])])
        #expect(m.publicationStatus == "ppublish")
    }

    @Test func structuredAbstractsSplitAtCapitalLabels() {
        let r = read("PMID- 1\nAB  - BACKGROUND AND PURPOSE: Flow arrest (P < .001). RESULTS: It worked. CONCLUSIONS: Use it.\n")
        let m = r.records[0].metadata
        #expect(m.abstractSections == [
            AbstractSection(label: "BACKGROUND AND PURPOSE", text: "Flow arrest (P < .001)."),
            AbstractSection(label: "RESULTS", text: "It worked."), AbstractSection(label: "CONCLUSIONS", text: "Use it."),
        ])
        #expect(r.records[0].item.abstract == "BACKGROUND AND PURPOSE: Flow arrest (P < .001).\nRESULTS: It worked.\nCONCLUSIONS: Use it.")
        let plain = read("PMID- 1\nAB  - Introduction Mechanical thrombectomy. Ratio: 2.\n").records[0].metadata.abstractSections
        #expect(plain == [AbstractSection(text: "Introduction Mechanical thrombectomy. Ratio: 2.")])
    }

    @Test func grantsAndDataBanks() {
        let r = read("PMID- 1\nGR  - R00 LM009837/LM/NLM NIH HHS/United States\nGR  - CIHR/Canada\nSI  - ClinicalTrials.gov/NCT1\nSI  - ClinicalTrials.gov/NCT2\n")
        let m = r.records[0].metadata
        #expect(m.grants == [Grant(id: "R00 LM009837", acronym: "LM", agency: "NLM NIH HHS", country: "United States"), Grant(agency: "CIHR", country: "Canada")])
        #expect(m.dataBanks == [DataBank(name: "ClinicalTrials.gov", accessionNumbers: ["NCT1", "NCT2"])])
    }

    @Test func aBrokenLineIsReportedWithItsPositionAndTheRecordIsStillRead() {
        let r = read("PMID- 1\nTI  - Kept.\nthis is not a field\nAU  - Smith J\n\n      stray\nPMID- 2\n")
        #expect(r.records.count == 2)
        #expect(r.records[0].item.title == "Kept")
        #expect(r.records[0].item.author == [Name(family: "Smith", given: Name.givenName(fromInitials: "J"))])
        #expect(r.errors.map(\.location) == [SourceLocation(line: 3, column: 1)])
        #expect(r.errors.first?.description.hasPrefix("t.nbib:3:1: error:") == true)
        #expect(r.diagnostics.filter { $0.severity == .warning }.map(\.location.line) == [6])
    }

    @Test func crlfBOMAndLatin1AreRead() {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes += Array("PMID- 7\r\nTI  - Caf\u{E9}.\r\n".utf8)
        #expect(MEDLINEReader.readRecords(Data(bytes), file: "x").records[0].item.title == "Café")
        let latin1: [UInt8] = Array("PMID- 8\nTI  - Caf".utf8) + [0xE9] + Array(".\n".utf8)
        #expect(MEDLINEReader.readRecords(Data(latin1), file: "x").records[0].item.title == "Café")
    }

    @Test func booksAndChapters() {
        let r = read("""
            PMID- 20301770
            BTI - GeneReviews(R)
            TI  - Marcelis syndrome.
            FED - Adam, Margaret P
            ED  - Adam MP
            PB  - University of Washington, Seattle
            PL  - Seattle (WA)
            DP  - 1993
            """)
        let item = r.records[0].item
        #expect(item.type == .chapter)
        #expect(item.title == "Marcelis syndrome")
        #expect(item.containerTitle == "GeneReviews(R)")
        #expect(item.names["editor"] == [Name(family: "Adam", given: "Margaret P")])
        #expect(item.publisher == "University of Washington, Seattle")
        #expect(item.publisherPlace == "Seattle (WA)")
    }
}

extension MEDLINEReaderTests {
    @Test func aLargeFileReadInPartsGivesTheRecordsAndPositionsOfOneSequentialRead() throws {
        // Over 4 MB, so it is cut into parts; a broken line far into the file keeps its true line number.
        var text = ""
        var line = 0
        var brokenLine = 0
        for k in 0..<12_000 {
            text += "PMID- \(k)\nTI  - Title \(k) with some words to make the record longer \n      and a continuation line.\nAB  - " + String(repeating: "Abstract text. ", count: 20) + "\n"
            line += 4
            if k == 9_000 {
                text += "broken line\n"
                line += 1
                brokenLine = line
            }
            text += "\n"
            line += 1
        }
        #expect(text.utf8.count > 4 << 20)
        let r = MEDLINEReader.readRecords(Data(text.utf8), file: "big.nbib")
        #expect(r.records.count == 12_000)
        #expect(r.records.map(\.item.pmid) == (0..<12_000).map { String($0) })
        #expect(r.records[11_999].item.title == "Title 11999 with some words to make the record longer and a continuation line")
        #expect(r.errors.map(\.location.line) == [brokenLine])
        #expect(Array(text.utf8).withUnsafeBufferPointer { MEDLINEReader.parts(of: $0, count: 4) }.count == 4)
    }
}

extension MEDLINEReaderTests {
    @Test func titlesLoseOnlyPubMedsClosingPeriod() {
        let titles = ["Effects of X on Y.", "Made in the U.S.A.", "Wait...", "Why?", "[Translated title].", "No period"]
            .map { read("PMID- 1\nTI  - \($0)\n").records[0].item.title }
        #expect(titles == ["Effects of X on Y", "Made in the U.S.A.", "Wait...", "Why?", "[Translated title]", "No period"])
    }
}

extension MEDLINEReaderTests {
    @Test func entriesKeepTagsValuesAndLinesAsWrittenAndMapToTheSameRecords() {
        let text = "PMID- 5\nTI  - A title\n      continued.\nAU  - Smith J\nAU  - Doe A\nnot a field\n\nPMID- 6\nMH  - *Humans\n"
        let (entries, diagnostics) = MEDLINEReader.entries(Data(text.utf8), file: "e.nbib")
        #expect(entries.count == 2)
        #expect(entries[0].fields.map(\.tag) == ["PMID", "TI", "AU", "AU"])
        #expect(entries[0].values("TI") == ["A title continued."])
        #expect(entries[0].values("AU") == ["Smith J", "Doe A"])
        #expect(entries[0].fields.map(\.line) == [1, 2, 4, 5])
        #expect(entries[1].line == 8)
        #expect(entries[1].first("MH") == "*Humans")
        #expect(diagnostics.map(\.location.line) == [6])
        #expect(entries.map { $0.record() } == read(text).records)
        // A record with more fields than the collector first has room for keeps them all, in order.
        let long = "PMID- 7\n" + (1...150).map { "MH  - Term \($0)\n" }.joined()
        let longEntry = MEDLINEReader.entries(Data(long.utf8), file: "l.nbib").entries
        #expect(longEntry.count == 1)
        #expect(longEntry.first?.values("MH") == (1...150).map { "Term \($0)" })
        #expect(longEntry.first?.fields.last?.line == 151)
    }

    @Test func aFileReadInSlicesGivesTheRecordsAndPositionsOfAWholeRead() throws {
        // Slices of 100 bytes: records longer than a slice wait for the next; positions run on.
        var text = ""
        for k in 0..<40 {
            text += "PMID- \(k)\nTI  - Title \(k)\n      continued.\nAB  - BACKGROUND: One. RESULTS: Two.\n"
            if k % 7 == 3 { text += "broken line\n" }
            text += k % 5 == 0 ? "\n\n" : "\n"
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slices-\(UUID().uuidString).nbib")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: url)
        let whole = MEDLINEReader.readRecords(Data(text.utf8), file: url.lastPathComponent)
        let sliced = try MEDLINEReader.readRecords(contentsOf: url, sliceSize: 100)
        #expect(whole.records.count == 40)
        #expect(sliced == whole)
        #expect(sliced.errors.map(\.location.line).count == 6)
        // Entries carry line numbers: those of later slices run on from the slices before.
        let (entries, diagnostics) = try MEDLINEReader.entries(contentsOf: url, sliceSize: 100)
        #expect(entries.map(\.line) == MEDLINEReader.entries(Data(text.utf8), file: "x").entries.map(\.line))
        #expect(entries.last?.line == text.split(separator: "\n", omittingEmptySubsequences: false).lastIndex { $0.hasPrefix("PMID- 39") }.map { $0 + 1 })
        #expect(entries.last?.fields.map(\.line) == entries.last.map { e in [e.line, e.line + 1, e.line + 3] })
        #expect(diagnostics.map(\.location.line) == sliced.diagnostics.map(\.location.line))
        // A Latin-1 byte after the first slice: the file is read whole, decoded as one.
        try Data(Array(text.utf8) + Array("PMID- 99\nTI  - Caf".utf8) + [0xE9] + Array(".\n".utf8)).write(to: url)
        let latin1 = try MEDLINEReader.readRecords(contentsOf: url, sliceSize: 100)
        #expect(latin1.records.last?.item.title == "Café")
        #expect(latin1.records.count == 41)
    }

    @Test func pageRangesAreExpandedAsInTheXMLMapping() {
        let pages = ["123-9", "123-456", "998-02", "e2308214120", "S12-4", "12-4, 30-5", "0123-45"]
            .map { read("PMID- 1\nPG  - \($0)\n").records[0].item.page }
        #expect(pages == ["123-129", "123-456", "998-1002", "e2308214120", "S12-S14", "12-14, 30-35", "0123-0145"])
    }
}
