import Foundation

extension SiteReport {
    /// The report as JSON: `{"pages": [{path, status, report, silenced, error}], "summary": {...}}`,
    /// pretty-printed with sorted keys, each page's `report` in the format of a single page's report.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
