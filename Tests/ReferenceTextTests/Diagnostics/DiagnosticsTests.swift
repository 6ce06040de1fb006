import Bibliography
import Testing
@testable import ReferenceText

@Suite("Style findings against Citing Medicine")
struct DiagnosticsTests {
    @Test("reference-punctuation: a colon for the semicolon after the year")
    func colon() throws {
        let p = parser.parse("Schmidt H. Effect of growth factors. J Orthop Res. 1995:13:184-190.")
        #expect(p.item.year == 1995)
        #expect(p.item.volume == "13")
        #expect(p.item.page == "184-190")
        let f = try #require(p.diagnostics.first)
        #expect(f.code == .referencePunctuation)
        #expect(f.severity == .warning)
        #expect(covered(p, f.span) == ":")
        #expect(f.message.contains("1995;13:184-190"))
    }

    @Test("reference-punctuation: no period after the journal, and an en dash in the pages")
    func missingPeriodAndDash() {
        let p = parser.parse("Reeves KD, Hassanein K. Randomized prospective study. Altern Ther Health Med 2000;6:68–80.")
        #expect(p.item.containerTitle == "Altern Ther Health Med")
        #expect(p.item.page == "68-80")
        let messages = p.diagnostics.filter { $0.code == .referencePunctuation }
        #expect(messages.count == 2)
        #expect(messages.contains { $0.message.contains("Altern Ther Health Med. 2000;6:68-80") })
        #expect(messages.contains { covered(p, $0.span) == "68–80" && $0.suggestion == "68-80" })
    }

    @Test("reference-punctuation: an em dash in the pages is read as a range and reported")
    func emDash() throws {
        let p = parser.parse("Kim SR, Stitik TP. Critical review of prolotherapy. J Phys Med Rehab. 2004;83:379—389.")
        #expect(p.item.page == "379-389")
        let f = try #require(p.diagnostics.first)
        #expect(covered(p, f.span) == "379—389")
    }

    @Test("reference-punctuation: stray spaces around ; and :")
    func straySpaces() throws {
        let p = parser.parse("Smith J. Title here. J Med. 2001 ; 12 : 1-5.")
        #expect(p.item.volume == "12")
        #expect(p.item.page == "1-5")
        let f = try #require(p.diagnostics.first)
        #expect(f.code == .referencePunctuation)
        #expect(f.severity == .info)
        #expect(f.message.contains("2001;12:1-5"))
    }

    @Test("reference-punctuation: an author list closed by a comma")
    func authorComma() throws {
        let p = parser.parse("Hackett G, Ligament relaxation. Springfield (IL): Thomas; 1958.")
        let f = try #require(p.diagnostics.first)
        #expect(f.code == .referencePunctuation)
        #expect(covered(p, f.span) == ",")
        #expect(p.item.title == "Ligament relaxation")
    }

    @Test("hyphenation-artifact: the span is the broken word and the suggestion its replacement")
    func hyphenation() throws {
        let p = parser.parse("Ohgi S. Growth of periodon- tal ligament cells. J Periodontal Res. 1996;31(8):579-588.")
        let f = try #require(p.diagnostics.first)
        #expect(f.code == .hyphenationArtifact)
        #expect(covered(p, f.span) == "periodon- tal")
        #expect(f.suggestion == "periodontal")
        #expect(covered(p, p.spans["title"]) == "Growth of periodon- tal ligament cells")
    }

    @Test("reference-incomplete: names what is missing")
    func incomplete() throws {
        let p = parser.parse("Smith J. A title without a source.")
        let f = try #require(p.diagnostics.first { $0.code == .referenceIncomplete })
        #expect(f.message.contains("year"))
        #expect(f.span?.start == 0)
    }

    @Test("book-order: the publisher before the place")
    func bookOrder() throws {
        let p = parser.parse("Hackett G. Ligament relaxation. Charles C. Thomas; Springfield, IL; 1958.")
        #expect(p.item.publisher == "Charles C. Thomas")
        #expect(p.item.publisherPlace == "Springfield, IL")
        let f = try #require(p.diagnostics.first { $0.code == .bookOrder })
        #expect(f.suggestion == "Springfield (IL): Charles C. Thomas")
        #expect(!p.diagnostics.contains { $0.code == .referencePunctuation })
    }

    @Test("a clean Vancouver reference has no findings and full confidence")
    func clean() {
        let p = parser.parse("Lerch MM, Gorelick FS. Models of acute and chronic pancreatitis. Gastroenterology. 2010;29(11):1611-21.")
        #expect(p.diagnostics.isEmpty)
        #expect(p.confidence == 1)
    }

    @Test("a parsed reference round-trips through JSON")
    func codable() throws {
        let p = parser.parse("Schmidt H. Effect of growth factors. J Orthop Res. 1995:13:184-190.")
        let data = try JSONEncoder().encode(p)
        let back = try JSONDecoder().decode(ParsedReference.self, from: data)
        #expect(back.item.title == p.item.title)
        #expect(back.spans == p.spans)
        #expect(back.diagnostics == p.diagnostics)
    }
}

import Foundation
