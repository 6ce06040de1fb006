import Bibliography

/// A small JSON writer into a byte buffer: keys in the order written, strings escaped as `JSONEncoder`
/// escapes them (``JSONStringEscaping``; slashes and non-ASCII left as they are). Several times faster than `JSONEncoder`
/// for the record shapes `cite convert` writes.
struct JSONWriter {
    var bytes: [UInt8] = []
    /// For each open object or array: whether a member was written (so the next needs a comma).
    private var needsComma: [Bool] = []
    /// A key was just written; its value takes no comma.
    private var afterKey = false

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma.removeLast()
    }

    /// Writes `"key":`; the value follows.
    mutating func key(_ key: String) {
        separate()
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = needsComma.indices.last else { return }
        if needsComma[last] { bytes.append(UInt8(ascii: ",")) } else { needsComma[last] = true }
    }

    mutating func string(_ value: String) {
        separate()
        writeString(value)
    }

    mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .int(let i): int(i)
        case .double(let d):
            separate()
            bytes.append(contentsOf: (d.isFinite ? String(d) : "null").utf8)
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for k in members.keys.sorted(by: PrettyJSONWriter.keyOrder) {
                key(k)
                if let v = members[k] { self.value(v) }
            }
            endObject()
        }
    }

    /// Optional members are left out when `nil`, as synthesized `Codable` does.
    mutating func member(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func member(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        int(value)
    }

    mutating func member(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    mutating func member(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for s in strings { string(s) }
        endArray()
    }

    mutating func member<T>(_ name: String, _ items: [T], _ write: (inout JSONWriter, T) -> Void) {
        key(name)
        beginArray()
        for item in items { write(&self, item) }
        endArray()
    }

    private mutating func writeString(_ s: String) { JSONStringEscaping.append(s, to: &bytes) }
}
