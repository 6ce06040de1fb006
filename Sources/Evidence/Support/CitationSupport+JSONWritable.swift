import Bibliography

// The same JSON as the `Encodable` form, written directly; members in sorted key order.
extension CitationSupport: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        writer.beginObject()
        try writer.member("mentions", mentions)
        try writer.member("reference", reference)
        try writer.member("terms", terms)
        writer.endObject()
    }
}
