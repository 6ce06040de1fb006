import Foundation

/// Writes JSON byte for byte as `JSONEncoder` does with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, without `Codable`'s dynamic dispatch and intermediate tree.
///
/// The layout: two spaces per level, `"key" : value`, an empty container as its brackets around a
/// blank line; strings escape `"`, `\` and control characters (`\b \f \n \r \t`, else `\u00xx`);
/// a whole `Double` loses its `.0`. Callers write an object's members in sorted order (by their
/// UTF-8 bytes, as `JSONEncoder` sorts them); ``sortedMembers(_:)`` orders members known only at
/// run time.
public struct PrettyJSONWriter: Sendable {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8] = []
    /// For each open object or array: whether it has a member yet.
    private var hasMembers: [Bool] = []
    /// A key was just written; its value follows on the same line.
    private var afterKey = false

    /// Creates an empty writer with room for `capacity` bytes.
    public init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// Opens an object; members follow as ``key(_:)`` and a value each.
    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    /// Closes the innermost object.
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    /// Opens an array.
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    /// Closes the innermost array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes `"name" : `; the member's value follows.
    public mutating func key(_ name: String) {
        startValue()
        writeString(name)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
        afterKey = true
    }

    /// Writes a string value.
    public mutating func string(_ value: String) {
        startValue()
        writeString(value)
    }

    /// Writes an integer value.
    public mutating func int(_ value: Int) {
        startValue()
        appendDecimal(value)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        startValue()
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
    }

    /// Writes `null`.
    public mutating func null() {
        startValue()
        bytes.append(contentsOf: Self.nullBytes)
    }

    /// Writes a number in its shortest round-trip form (`1` for `1.0`, `1e-05`, `1e+20`).
    /// - Throws: `EncodingError.invalidValue` for NaN and infinities, which JSON cannot hold.
    public mutating func double(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: [], debugDescription: "Unable to encode Double.\(value) directly in JSON."))
        }
        startValue()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes `"name" : value`.
    public mutating func member<Value: JSONWritable>(_ name: String, _ value: Value) throws {
        key(name)
        try value.writeJSON(to: &self)
    }

    /// Writes `"name" : value`, or nothing when `value` is `nil` (as `encodeIfPresent` does).
    public mutating func memberIfPresent<Value: JSONWritable>(_ name: String, _ value: Value?) throws {
        guard let value else { return }
        try member(name, value)
    }

    /// The JSON of one value, as ``bytes`` after writing it into a new writer.
    /// - Throws: `EncodingError` for a value JSON cannot hold (a NaN or infinite number).
    public static func data<Value: JSONWritable>(_ value: Value, capacity: Int = 1 << 16) throws -> Data {
        var writer = PrettyJSONWriter(capacity: capacity)
        try value.writeJSON(to: &writer)
        return Data(writer.bytes)
    }

    /// The order of keys under `JSONEncoder`'s `.sortedKeys`: by their UTF-8 bytes.
    public static func keyOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// Members in the order `JSONEncoder` writes them: sorted by ``keyOrder(_:_:)``, and of
    /// members given twice under one key, the later only (a keyed container's later `encode` wins).
    public static func sortedMembers<Value>(_ members: [(key: String, value: Value)]) -> [(key: String, value: Value)] {
        let order = members.indices.sorted { a, b in
            let (x, y) = (members[a].key, members[b].key)
            return x == y ? a < b : keyOrder(x, y)
        }
        var result: [(key: String, value: Value)] = []
        result.reserveCapacity(members.count)
        for index in order {
            if let last = result.last, last.key == members[index].key {
                result[result.count - 1] = members[index]
            } else {
                result.append(members[index])
            }
        }
        return result
    }

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8)

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        hasMembers.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadMembers = hasMembers.removeLast()
        bytes.append(0x0A)
        if !hadMembers { bytes.append(0x0A) }
        indent()
        bytes.append(bracket)
    }

    /// The separator before a key or an array element: a comma after an earlier member, then a
    /// new line indented to the container's depth.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = hasMembers.indices.last else { return }
        if hasMembers[last] { bytes.append(UInt8(ascii: ",")) } else { hasMembers[last] = true }
        bytes.append(0x0A)
        indent()
    }

    private mutating func indent() {
        for _ in 0..<hasMembers.count { bytes.append(contentsOf: [0x20, 0x20]) }
    }

    private mutating func appendDecimal(_ value: Int) {
        if value >= 0, value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    private mutating func writeString(_ s: String) { JSONStringEscaping.append(s, to: &bytes) }
}
