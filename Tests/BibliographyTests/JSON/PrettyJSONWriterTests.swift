import Foundation
import PropertyBased
import PropertySupport
import Testing

@testable import Bibliography

@Suite("PrettyJSONWriter: the bytes JSONEncoder writes, without Codable")
struct PrettyJSONWriterTests {
    private static func encoded<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func written<Value: JSONWritable>(_ value: Value) throws -> String {
        String(decoding: try PrettyJSONWriter.data(value), as: UTF8.self)
    }

    @Test("layout: two-space indent, \"key\" : value, empty containers around a blank line")
    func layout() throws {
        let value = JSONValue.object(["b": .array([]), "a": .object([:]), "c": .array([.int(1), .null])])
        #expect(try Self.written(value) == """
            {
              "a" : {

              },
              "b" : [

              ],
              "c" : [
                1,
                null
              ]
            }
            """)
    }

    @Test("strings: quotes, backslashes and control characters escaped; slashes and non-ASCII kept")
    func escaping() throws {
        let value = JSONValue.string("a/b \"q\" \\ \u{8}\u{C}\n\r\t \u{1}\u{1F} \u{7F} é 😀 \u{2028}")
        #expect(try Self.written(value) == #""a/b \"q\" \\ \b\f\n\r\t \u0001\u001f \#u{7F} é 😀 \#u{2028}""#)
        #expect(try Self.written(value) == (try Self.encoded(value)))
    }

    @Test("numbers: a whole double loses .0; exponents as Swift writes them; NaN throws")
    func numbers() throws {
        let values: [Double] = [1, 100, -0.0, 0.5, 0.0001, 1e-5, 1e20, 1e16, 1000000000000000.5, 1.0 / 3]
        #expect(try Self.written(values.map(JSONValue.double)) == """
            [
              1,
              100,
              -0,
              0.5,
              0.0001,
              1e-05,
              1e+20,
              1e+16,
              1000000000000000.5,
              0.3333333333333333
            ]
            """)
        #expect(try Self.written(values) == (try Self.encoded(values)))
        #expect(throws: EncodingError.self) { try Self.written(Double.nan) }
        #expect(throws: EncodingError.self) { try Self.written([Double.infinity]) }
    }

    @Test("keys sort by their UTF-8 bytes (capitals first, a decomposed é before f), a repeated key keeps its later value")
    func keyOrder() {
        let members: [(key: String, value: Int)] = [("f", 1), ("e\u{301}x", 2), ("DOI", 3), ("a10", 4), ("a9", 5), ("DOI", 6), ("_x", 7)]
        let sorted = PrettyJSONWriter.sortedMembers(members)
        #expect(sorted.map(\.key) == ["DOI", "_x", "a10", "a9", "e\u{301}x", "f"])
        #expect(sorted.map(\.value) == [6, 7, 4, 5, 2, 1])
    }

    @Test("random JSON trees (tricky strings, numbers, nesting) are written as JSONEncoder writes them")
    func randomTrees() throws {
        var random = SplitMix64(seed: 0x5EED_C17E)
        for _ in 0..<400 {
            let value = Self.randomValue(depth: 0, using: &random)
            #expect(try Self.written(value) == (try Self.encoded(value)))
        }
    }

    @Test("generated items, with extra fields, particles and date variants, are written as JSONEncoder writes them")
    func items() async {
        await propertyCheck(input: ItemGen.article, ItemGen.word, Gen.int(in: -5_000...5_000), Gen.bool) { item, word, number, flag in
            var item = item
            item.fields["custom-\(word.lowercased())"] = .object(["n": .int(number), "flag": .bool(flag), "x": .double(Double(number) / 7)])
            item.fields["PMID"] = .string("\(abs(number))")
            item.names["editor"] = [Name(literal: word), Name(family: word, given: nil, nonDroppingParticle: "van der")]
            item.names["author", default: []].append(Name(family: word, given: "A", extra: ["given": .int(3), "comma-suffix": .bool(flag)]))
            item.dates["accessed"] = DateValue(dateParts: [[2_000 + number % 30, 1], [2_001 + number % 30, 2]], circa: .bool(flag), raw: "\(number)")
            var partless = DateValue()
            partless.extra = ["date-parts": .array([]), "season": .string("kept")]
            partless.season = flag ? .int(2) : nil
            item.dates["submitted"] = partless
            do {
                #expect(try Self.written(item) == (try Self.encoded(item)))
                #expect(try Self.written([item, item]) == (try Self.encoded([item, item])))
            } catch {
                Issue.record("writing failed: \(error)")
            }
        }
    }

    @Test("an item whose id was absent in its CSL-JSON is written without one, as its Encodable form")
    func itemWithoutID() throws {
        let item = Item(cslJSON: ["type": .string("book"), "title": .string("T"), "author": .string("not a list")])
        #expect(try Self.written(item) == (try Self.encoded(item)))
        #expect(try !Self.written(item).contains("\"id\""))
    }

    @Test("findings, locations and spans are written as their Encodable forms")
    func findings() throws {
        let findings = [
            Finding(code: "reference.volume", severity: .error, message: "Volume \"2\" should be 11", reference: 3,
                    location: SourceLocation(line: 4, column: 7), span: SourceSpan(start: 10, end: 12), suggestion: "11"),
            Finding(code: "claim.unsupported", severity: .info, message: "x", claim: "c1"),
        ]
        #expect(try Self.written(findings) == (try Self.encoded(findings)))
    }

    private static let pieces: [String] = [
        "a", "Z", "é", "e\u{301}", "😀", "/", "\"", "\\", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}",
        "\u{FEFF}", "中", " ", "-", "10", "DOI",
    ]

    private static func randomString(using random: inout SplitMix64) -> String {
        (0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    private static func randomValue(depth: Int, using random: inout SplitMix64) -> JSONValue {
        let kind = random.next() % (depth < 4 ? 8 : 6)
        switch kind {
        case 0: return .null
        case 1: return .bool(random.next() % 2 == 0)
        case 2: return .int(Int(truncatingIfNeeded: random.next()) >> Int(random.next() % 63))
        case 3:
            let bits = random.next()
            let d = Double(bitPattern: bits)
            return .double(d.isFinite ? d : Double(Int64(truncatingIfNeeded: bits)) / 1_000)
        case 4, 5: return .string(randomString(using: &random))
        case 6: return .array((0..<Int(random.next() % 4)).map { _ in randomValue(depth: depth + 1, using: &random) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int(random.next() % 5) { members[randomString(using: &random)] = randomValue(depth: depth + 1, using: &random) }
            return .object(members)
        }
    }
}

/// A small seeded generator, so a failing tree is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
