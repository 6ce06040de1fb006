import Foundation
import PropertyBased
import PropertySupport
import Testing

@testable import Bibliography

@Suite("CSL-JSON coding (property-based)")
struct ItemCSLJSONPropertyTests {
    @Test("a bibliography encoded as CSL-JSON decodes to the same items")
    func bibliographyRoundTrip() async throws {
        await propertyCheck(input: ItemGen.article.array(of: 0...4)) { items in
            do {
                let data = try Bibliography(items: items).cslJSONData(pretty: false)
                #expect(try Bibliography(cslJSON: data, file: "written.json").items == items)
            } catch {
                Issue.record("CSL-JSON coding failed: \(error)")
            }
        }
    }

    @Test("extra fields, literal names and date variants survive coding")
    func extrasRoundTrip() async {
        await propertyCheck(input: ItemGen.article, ItemGen.word, Gen.int(in: -5_000...5_000), Gen.bool) { item, word, number, flag in
            var item = item
            item.fields["custom-\(word.lowercased())"] = .object(["n": .int(number), "flag": .bool(flag), "list": .array([.string(word), .null])])
            item.names["editor"] = [Name(literal: word), Name(family: word, given: nil, nonDroppingParticle: "van der")]
            item.dates["accessed"] = DateValue(dateParts: [[2_000 + number % 30, 1], [2_001 + number % 30, 2]], circa: .bool(flag), raw: "\(number)")
            do {
                let data = try JSONEncoder().encode(item)
                #expect(try JSONDecoder().decode(Item.self, from: data) == item)
            } catch {
                Issue.record("CSL-JSON coding failed: \(error)")
            }
        }
    }
}
