import Foundation

extension SiteReport {
    /// The report as JSON: `{"pages": [{path, status, report, silenced, error}], "summary": {...}}`,
    /// pretty-printed with sorted keys, each page's `report` in the format of a single page's report.
    ///
    /// Written as `JSONEncoder` writes the whole report, from each page's own JSON (kept by the
    /// cache, so that an unchanged page is not decoded and encoded again), indented into place.
    public func jsonData() throws -> Data {
        var data = Data("{\n  \"pages\" : [".utf8)
        for (index, entry) in entries.enumerated() {
            data.append(contentsOf: Array((index == 0 ? "\n" : ",\n").utf8))
            let page = try entry.output?.json ?? PageOutput.encoder.encode(entry.result)
            Self.append(page, indentedBy: 4, first: true, to: &data)
        }
        data.append(contentsOf: Array((entries.isEmpty ? "\n\n  ],\n  \"summary\" : " : "\n  ],\n  \"summary\" : ").utf8))
        Self.append(try PageOutput.encoder.encode(summary), indentedBy: 2, first: false, to: &data)
        data.append(contentsOf: Array("\n}\n".utf8))
        return data
    }

    /// Appends pretty-printed JSON written at the top level, its lines after the first indented as
    /// `JSONEncoder` indents nested values (empty lines stay empty); the first line too when `first`
    /// (an array element), not after a key (an object's value).
    private static func append(_ json: Data, indentedBy width: Int, first: Bool, to data: inout Data) {
        let indent = [UInt8](repeating: UInt8(ascii: " "), count: width)
        if first { data.append(contentsOf: indent) }
        var previous: UInt8 = 0
        for byte in json {
            if previous == 0x0A, byte != 0x0A { data.append(contentsOf: indent) }
            data.append(byte)
            previous = byte
        }
    }
}
