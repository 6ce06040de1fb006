import Bibliography
import CiteKit

// The same JSON as the synthesized `Encodable` form (absent optionals left out), written directly;
// members in sorted key order.
extension PageResult: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        writer.beginObject()
        try writer.memberIfPresent("error", error)
        try writer.member("path", path)
        try writer.memberIfPresent("report", report)
        try writer.member("silenced", silenced)
        try writer.member("status", status.rawValue)
        writer.endObject()
    }
}
