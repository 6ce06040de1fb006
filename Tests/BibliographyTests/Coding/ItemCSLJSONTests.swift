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
        guard let shared = Fixtures.shared else { return }
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
