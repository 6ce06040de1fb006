// The same JSON as the `Encodable` forms, written directly; members in sorted key order.

extension Finding: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        writer.beginObject()
        try writer.member("claim", claim)
        try writer.member("code", code.rawValue)
        try writer.member("location", location)
        try writer.member("message", message)
        try writer.member("reference", reference)
        try writer.member("severity", severity.rawValue)
        try writer.memberIfPresent("span", span)
        try writer.memberIfPresent("suggestion", suggestion)
        writer.endObject()
    }
}

extension SourceLocation: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) {
        writer.beginObject()
        writer.key("column")
        writer.int(column)
        writer.key("line")
        writer.int(line)
        writer.endObject()
    }
}

extension SourceSpan: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) {
        writer.beginObject()
        writer.key("end")
        writer.int(end)
        writer.key("start")
        writer.int(start)
        writer.endObject()
    }
}
