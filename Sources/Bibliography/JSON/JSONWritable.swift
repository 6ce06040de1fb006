/// A value that writes its own JSON form into a ``PrettyJSONWriter``, the same JSON its
/// `Encodable` conformance gives (`JSONEncoder` with pretty printing and sorted keys), faster.
public protocol JSONWritable {
    /// Writes the value as one JSON value.
    /// - Throws: `EncodingError` for a value JSON cannot hold (a NaN or infinite number).
    func writeJSON(to writer: inout PrettyJSONWriter) throws
}

extension String: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) { writer.string(self) }
}

extension Int: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) { writer.int(self) }
}

extension Bool: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) { writer.bool(self) }
}

extension Double: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws { try writer.double(self) }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    /// `null` for `nil`, as `encode(_:forKey:)` writes an absent optional.
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        if let self { try self.writeJSON(to: &writer) } else { writer.null() }
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        writer.beginArray()
        for element in self { try element.writeJSON(to: &writer) }
        writer.endArray()
    }
}

extension JSONValue: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        switch self {
        case .null: writer.null()
        case .bool(let b): writer.bool(b)
        case .int(let i): writer.int(i)
        case .double(let d): try writer.double(d)
        case .string(let s): writer.string(s)
        case .array(let items): try items.writeJSON(to: &writer)
        case .object(let members):
            writer.beginObject()
            for key in members.keys.sorted(by: PrettyJSONWriter.keyOrder) {
                if let value = members[key] { try writer.member(key, value) }
            }
            writer.endObject()
        }
    }
}
