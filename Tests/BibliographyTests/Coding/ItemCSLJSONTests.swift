import Foundation
import Testing

@testable import Bibliography

@Suite("Item CSL-JSON coding")
struct ItemCSLJSONTests {
    private func loadFixtureItems() throws -> [Item] {
        try JSONDecoder().decode([Item].self, from: Fixtures.data("bibliography/items.json"))
    }

    @Test("typed fields decode from CSL-JSON")
    func typedFields() throws {
        let items = try loadFixtureItems()
        let article = items[0]
        #expect(article.idString == "pmid:3998899")
        #expect(article.type == .articleJournal)
        #expect(article.title == "Morphological and biochemical effects of sodium morrhuate on tendons")
        #expect(article.containerTitleShort == "J Orthop Res")
        #expect(article.year == 1985)
        #expect(article.page == "236-48")
        #expect(article.author.count == 3)
        #expect(article.author[0].family == "Maynard")
        #expect(article.author[1].suffix == "Jr.")
        #expect(article.author[2].literal == "The Prolotherapy Study Group")
        #expect(article.author[2].isLiteral)
        #expect(article.fields["custom-field"] == .object(["kept": .array([.int(1), .double(2.5), .bool(true), .null])]))

        let book = items[1]
        #expect(book.id == .int(42))
        #expect(book.idString == "42")
        #expect(book.edition == "3")
        #expect(book.issued?.dateParts == [[1958, 6]])
        #expect(book.issued?.season == .string("Summer"))
        #expect(book.issued?.isCirca == true)
        #expect(book.accessed?.raw == "2020-01-05")
        #expect(book.dates["original-date"]?.isRange == true)
        #expect(book.dates["original-date"]?.literal == "1956-1957")
        #expect(book.editor[0].nonDroppingParticle == "van der")
        #expect(book.editor[0].commaSuffix)
        #expect(!book.editor[0].staticOrdering)
    }

    @Test("encoding then decoding gives the same item")
    func roundTripItem() throws {
        let items = try loadFixtureItems()
        let data = try JSONEncoder().encode(items)
        let again = try JSONDecoder().decode([Item].self, from: data)
        #expect(again == items)
    }

    @Test("encoded JSON equals the input JSON, unknown fields kept")
    func roundTripJSON() throws {
        let original = try Fixtures.data("bibliography/items.json")
        let items = try JSONDecoder().decode([Item].self, from: original)
        let encoded = try JSONEncoder().encode(items)
        #expect(try CanonicalJSON.normalized(encoded) == CanonicalJSON.normalized(original))
    }

    /// Whether `json` decodes to an item that encodes back to the same JSON (up to the listed rewrites).
    private func roundTrips(_ json: String) throws -> Bool {
        let item = try JSONDecoder().decode(Item.self, from: Data(json.utf8))
        return try CanonicalJSON.normalized(JSONEncoder().encode(item)) == CanonicalJSON.normalized(Data(json.utf8))
    }

    private func decode(_ json: String) throws -> Item { try JSONDecoder().decode(Item.self, from: Data(json.utf8)) }

    @Test("a type that is a number or null round-trips and reads as article-journal")
    func nonStringType() throws {
        for json in [#"{"id":"a","type":5}"#, #"{"id":"a","type":null}"#, #"{"id":"a","type":["book"]}"#] {
            let item = try decode(json)
            #expect(item.type == .articleJournal)
            #expect(try roundTrips(json), "\(json)")
        }
        var item = try decode(#"{"id":"a","type":5}"#)
        item.type = .book
        #expect(String(decoding: try item.cslJSONData(), as: UTF8.self) == #"{"id":"a","type":"book"}"#)
    }

    @Test("a missing type stays missing, a string type reads as written")
    func missingType() throws {
        #expect(try decode(#"{"id":"a"}"#).type == .articleJournal)
        #expect(String(decoding: try decode(#"{"id":"a"}"#).cslJSONData(), as: UTF8.self) == #"{"id":"a"}"#)
        #expect(try decode(#"{"id":"a","type":"motion_picture"}"#).type == ItemType(rawValue: "motion_picture"))
    }

    @Test("an id of null round-trips; a missing id stays missing")
    func nullID() throws {
        let item = try decode(#"{"id":null,"title":"T"}"#)
        #expect(item.id == .null)
        #expect(item.idString == "")
        #expect(String(decoding: try item.cslJSONData(), as: UTF8.self) == #"{"id":null,"title":"T"}"#)
        let missing = try decode(#"{"title":"T"}"#)
        #expect(missing.id == .null)
        #expect(String(decoding: try missing.cslJSONData(), as: UTF8.self) == #"{"title":"T"}"#)
        var named = missing
        named.id = .string("x")
        #expect(String(decoding: try named.cslJSONData(), as: UTF8.self) == #"{"id":"x","title":"T"}"#)
    }

    @Test("a literal or raw date that is not a string is kept in extra and written back")
    func nonStringLiteral() throws {
        let json = #"{"id":"a","issued":{"date-parts":[[2001]],"literal":5},"accessed":{"raw":true}}"#
        let item = try decode(json)
        #expect(item.issued?.year == 2001)
        #expect(item.issued?.literal == nil)
        #expect(item.issued?.extra["literal"] == .int(5))
        #expect(item.accessed?.raw == nil)
        #expect(item.accessed?.extra["raw"] == .bool(true))
        #expect(try roundTrips(json))
    }

    @Test("a typed date field wins over an extra entry of the same name")
    func typedWinsOverExtra() throws {
        let date = DateValue(dateParts: [[2001]], literal: "spring 2001", extra: ["literal": .int(5)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try encoder.encode(date), as: UTF8.self) == #"{"date-parts":[[2001]],"literal":"spring 2001"}"#)
    }

    @Test("date parts that are null, bool, padded or followed by parts after an empty one keep the date verbatim", arguments: [
        #"{"id":"a","issued":{"date-parts":[[2001,null]]}}"#,
        #"{"id":"a","issued":{"date-parts":[[2001,true]]}}"#,
        #"{"id":"a","issued":{"date-parts":[[" 2001"]]}}"#,
        #"{"id":"a","issued":{"date-parts":[["2001","","5"]]}}"#,
        #"{"id":"a","issued":{"date-parts":[[2001.5]]}}"#,
        #"{"id":"a","issued":{"date-parts":[["99999999999999999999"]]}}"#,
    ])
    func untypedDatesKept(json: String) throws {
        let item = try decode(json)
        #expect(item.issued == nil)
        #expect(item.fields["issued"] != nil)
        #expect(try roundTrips(json))
    }

    @Test("a name part that is not a string is kept, and a typed part set later replaces it")
    func nonStringNamePart() throws {
        let json = #"{"id":"a","author":[{"family":5,"given":"Ann"}]}"#
        let item = try decode(json)
        #expect(item.author[0].family == nil)
        #expect(item.author[0].extra["family"] == .int(5))
        #expect(try roundTrips(json))
        var name = item.author[0]
        name.family = "Kim"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try encoder.encode(name), as: UTF8.self) == #"{"family":"Kim","given":"Ann"}"#)
    }

    @Test("clearing the short container title also clears journalAbbreviation")
    func containerTitleShortSymmetric() throws {
        var item = try decode(#"{"id":"a","journalAbbreviation":"J Orthop Res"}"#)
        #expect(item.containerTitleShort == "J Orthop Res")
        item.containerTitleShort = "J. Orthop. Res."
        #expect(item.containerTitleShort == "J. Orthop. Res.")
        item.containerTitleShort = nil
        #expect(item.containerTitleShort == nil)
        #expect(item.fields["journalAbbreviation"] == nil)
        #expect(item.fields["container-title-short"] == nil)
    }

    @Test("numeric-string date parts decode as numbers")
    func stringDateParts() throws {
        let json = #"{"id":"a","type":"book","issued":{"date-parts":[["2001","02",""]]}}"#
        let item = try JSONDecoder().decode(Item.self, from: Data(json.utf8))
        #expect(item.issued?.dateParts == [[2001, 2]])
    }

    @Test("a date that is not CSL-JSON is kept verbatim rather than dropped")
    func malformedDateKept() throws {
        let json = #"{"id":"a","type":"book","issued":"2001-02"}"#
        let item = try JSONDecoder().decode(Item.self, from: Data(json.utf8))
        #expect(item.issued == nil)
        #expect(item.fields["issued"] == .string("2001-02"))
        let again = try CanonicalJSON.normalized(JSONEncoder().encode(item))
        #expect(again == (try CanonicalJSON.normalized(Data(json.utf8))))
    }

    @Test("every INPUT of the CSL test suite round-trips", .enabled(if: Fixtures.shared != nil))
    func testSuiteInputs() throws {
        let shared = try #require(Fixtures.shared)
        let dir = shared.appendingPathComponent("csl/test-suite")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count > 500)
        var checked = 0
        var failures: [String] = []
        for file in files {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            guard let input = CSLTestSuiteSection.extract("INPUT", from: text) else { continue }
            let data = Data(input.utf8)
            guard (try? JSONSerialization.jsonObject(with: data)) is [Any] else { continue }
            do {
                let items = try JSONDecoder().decode([Item].self, from: data)
                let encoded = try JSONEncoder().encode(items)
                if try CanonicalJSON.normalized(encoded) != CanonicalJSON.normalized(data) { failures.append(file) }
                let again = try JSONDecoder().decode([Item].self, from: encoded)
                if again != items { failures.append(file + " (item)") }
                checked += 1
            } catch {
                failures.append("\(file): \(error)")
            }
        }
        #expect(checked > 500)
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }
}
