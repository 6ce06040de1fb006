import Bibliography
import Foundation

extension Report {
    /// The report as pretty-printed JSON with sorted keys: the bytes `JSONEncoder` gives for the
    /// report's `Encodable` form with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`,
    /// written directly (several times faster on a long reference list).
    /// - Throws: `EncodingError` for a value JSON cannot hold (a NaN or infinite match score).
    public func jsonData() throws -> Data {
        try PrettyJSONWriter.data(self, capacity: 4096 * (references.count + claims.count + 4))
    }
}

// Members in sorted key order; the same JSON as the `Encodable` forms.

extension Report: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        writer.beginObject()
        try writer.member("bibliography", bibliography)
        try writer.member("claims", claims)
        try writer.member("document", document)
        try writer.member("findings", findings)
        try writer.member("references", references)
        writer.endObject()
    }
}

extension ReferenceReport: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        writer.beginObject()
        try writer.member("diagnostics", diagnostics)
        try writer.member("discrepancies", discrepancies)
        try writer.member("evidence", evidence)
        try writer.member("item", item)
        try writer.memberIfPresent("location", location)
        try writer.member("number", number)
        try writer.member("record", record)
        try writer.member("text", text)
        writer.endObject()
    }
}

extension ClaimReport: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        writer.beginObject()
        try writer.member("citations", citations)
        try writer.member("id", id)
        try writer.member("location", location)
        try writer.member("marker", marker)
        try writer.member("subject", subject)
        try writer.member("support", support)
        try writer.member("text", text)
        writer.endObject()
    }
}

extension RecordLink: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        writer.beginObject()
        try writer.member("id", id)
        try writer.member("score", score)
        writer.endObject()
    }
}
