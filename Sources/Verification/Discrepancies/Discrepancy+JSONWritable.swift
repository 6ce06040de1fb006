import Bibliography

// The same JSON as the `Encodable` form, written directly; members in sorted key order.
extension Discrepancy: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        writer.beginObject()
        try writer.member("cited", cited)
        try writer.member("detail", detail)
        try writer.member("field", field.rawValue)
        try writer.member("record", record)
        writer.endObject()
    }
}
