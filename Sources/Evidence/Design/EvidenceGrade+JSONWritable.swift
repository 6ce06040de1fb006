import Bibliography

// The same JSON as the `Encodable` form, written directly; members in sorted key order.
extension EvidenceGrade: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        writer.beginObject()
        try writer.member("basis", basis)
        try writer.member("design", design.rawValue)
        try writer.member("level", level)
        writer.endObject()
    }
}
