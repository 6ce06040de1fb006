import Foundation
import Testing

@testable import Bibliography

@Suite("Names, metadata and findings")
struct ModelTests {
    @Test("names print in NLM form with initials")
    func vancouverNames() {
        #expect(Name(family: "Kim", given: "Sung Rae").vancouverForm == "Kim SR")
        #expect(Name(family: "Reeves", given: "K. D.").vancouverForm == "Reeves KD")
        #expect(Name(family: "Berg", given: "Anna-Lena", nonDroppingParticle: "van der").vancouverForm == "van der Berg AL")
        #expect(Name(family: "King", given: "Martin L", suffix: "Jr.").vancouverForm == "King ML Jr")
        #expect(Name.literal("WHO Study Group").vancouverForm == "WHO Study Group")
    }

    @Test("hyphenated given names and initials keep their hyphen on request, lose it by default")
    func hyphenatedInitials() {
        let jeanPierre = Name(family: "Dupont", given: "Jean-Pierre")
        #expect(jeanPierre.initials == "JP")
        #expect(jeanPierre.initials(keepingHyphens: true) == "J-P")
        #expect(jeanPierre.vancouverForm(keepingHyphens: true) == "Dupont J-P")
        #expect(jeanPierre.vancouverForm == "Dupont JP")
        #expect(Name(family: "Wang", given: "G-Q").initials(keepingHyphens: true) == "G-Q")
        #expect(Name(family: "Wang", given: Name.givenName(fromInitials: "G-Q")).initials(keepingHyphens: true) == "G-Q")
        #expect(Name(family: "Wang", given: "G.-Q.").initials == "GQ")
        #expect(Name(family: "Berg", given: "Anna-Lena", nonDroppingParticle: "van der").vancouverForm(keepingHyphens: true) == "van der Berg A-L")
        #expect(Name(family: "Roux", given: "Jean-Pierre Marie").initials(keepingHyphens: true) == "J-PM")
        #expect(Name(family: "Kim", given: "Sung Rae").initials(keepingHyphens: true) == "SR")
        #expect(Name(family: "Ng", given: "Jean-").initials(keepingHyphens: true) == "J")
    }

    @Test("bare initials become a given name CSL reads as initials")
    func initialsAsGiven() {
        #expect(Name.givenName(fromInitials: "YK") == "Y. K.")
        #expect(Name.givenName(fromInitials: "G-Q") == "G.-Q.")
        #expect(Name.givenName(fromInitials: "J") == "J.")
        #expect(Name.givenName(fromInitials: "Kevin D") == "Kevin D")
        #expect(Name(family: "Liu", given: Name.givenName(fromInitials: "YK")).vancouverForm == "Liu YK")
    }

    @Test("an author list cut short is marked with the author-et-al field, which round-trips")
    func authorListTruncated() throws {
        var item = Item(id: "a")
        #expect(!item.authorListTruncated)
        item.authorListTruncated = true
        #expect(item.fields["author-et-al"] == .bool(true))
        let again = try JSONDecoder().decode(Item.self, from: JSONEncoder().encode(item))
        #expect(again.authorListTruncated)
        item.authorListTruncated = false
        #expect(item.fields["author-et-al"] == nil)
    }

    @Test("members of the custom object are read; a partial author list is flagged there")
    func customObject() {
        var item = Item(id: "a")
        #expect(item.custom("mesh") == nil)
        #expect(!item.authorListIncomplete)
        item.fields["custom"] = .object(["author-list-incomplete": .bool(true), "mesh": .array([.string("Rabbits")])])
        #expect(item.custom("mesh") == .array([.string("Rabbits")]))
        #expect(item.authorListIncomplete)
        item.fields["custom"] = .string("not an object")
        #expect(item.custom("mesh") == nil)
    }

    @Test("retraction is read from publication types and comment links")
    func retraction() {
        var meta = RecordMetadata(source: "pubmed")
        #expect(!meta.isRetracted)
        meta.publicationTypes = [PublicationType(name: "Retracted Publication", ui: "D016441")]
        #expect(meta.isRetracted)
        var linked = RecordMetadata()
        linked.commentsCorrections = [CommentCorrection(type: .retractionIn, refSource: "Lancet. 2010;375(9713):445", pmid: "20137807")]
        #expect(linked.isRetracted)
        #expect(!linked.isRetractionNotice)
    }

    @Test("string-backed codes encode as bare strings and decode back")
    func stringCodes() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let link = CommentCorrection(type: .erratumIn, pmid: "1")
        #expect(String(decoding: try encoder.encode(link), as: UTF8.self) == #"{"pmid":"1","type":"ErratumIn"}"#)
        #expect(try JSONDecoder().decode(CommentCorrection.self, from: Data(#"{"type":"Odd"}"#.utf8)).type.rawValue == "Odd")
        #expect(String(decoding: try encoder.encode([ItemType.paperConference]), as: UTF8.self) == #"["paper-conference"]"#)
        #expect(try JSONDecoder().decode([FindingCode].self, from: Data(#"["book-order"]"#.utf8)) == [.bookOrder])
    }

    @Test("MeSH headings print in PubMed notation")
    func meshNotation() {
        let heading = MeshHeading(
            descriptor: MeshTerm(name: "Ligaments, Articular"),
            qualifiers: [MeshTerm(name: "drug effects", majorTopic: true), MeshTerm(name: "metabolism")])
        #expect(heading.pubMedNotation == ["Ligaments, Articular/drug effects*", "Ligaments, Articular/metabolism"])
        #expect(heading.isMajorTopic)
    }

    @Test("a finding always encodes reference, claim and location, null when unknown")
    func findingJSON() throws {
        let finding = Finding(code: .orphanReference, severity: .warning, message: "reference 14 is never cited", reference: 14)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(finding), as: UTF8.self)
        #expect(json == #"{"claim":null,"code":"orphan-reference","location":null,"message":"reference 14 is never cited","reference":14,"severity":"warning"}"#)
        #expect(Severity.info < Severity.warning && Severity.warning < Severity.error)
    }
}
