import Foundation

extension SiteReport {
    /// The report as JSON: `{"pages": [{path, status, report, silenced, error}], "summary": {...}}`,
    /// pretty-printed with sorted keys, each page's `report` in the format of a single page's report.
    ///
    /// Written as `JSONEncoder` writes the whole report, from each page's own JSON (kept by the
    /// cache, so that an unchanged page is not decoded and encoded again), indented into place.
    public func jsonData() throws -> Data {
        var data = Data()
        try writeJSON { data.append($0) }
        return data
    }

    /// Writes ``jsonData()`` in pieces, one page at a time (a large site's output is never whole in memory).
    public func writeJSON(_ write: (Data) throws -> Void) throws {
        try write(Data("{\n  \"pages\" : [".utf8))
        for (index, entry) in entries.enumerated() {
            let page = try entry.output?.json ?? PageOutput.json(of: entry.result)
            var out = Data(capacity: page.count + page.count / 4 + 2)
            out.append(contentsOf: Array((index == 0 ? "\n" : ",\n").utf8))
            Self.append(page, indentedBy: 4, first: true, to: &out)
            try write(out)
        }
        var out = Data((entries.isEmpty ? "\n\n  ],\n  \"summary\" : " : "\n  ],\n  \"summary\" : ").utf8)
        Self.append(try PageOutput.encoder.encode(summary), indentedBy: 2, first: false, to: &out)
        out.append(contentsOf: Array("\n}\n".utf8))
        try write(out)
    }

    /// Appends pretty-printed JSON written at the top level, its lines after the first indented as
    /// `JSONEncoder` indents nested values (empty lines stay empty); the first line too when `first`
    /// (an array element), not after a key (an object's value).
    private static func append(_ json: Data, indentedBy width: Int, first: Bool, to out: inout Data) {
        let indent = [UInt8](repeating: UInt8(ascii: " "), count: width)
        json.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            var atLineStart = first
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
                // A line with content gets the indentation; an empty line (just "\n") stays empty.
                if atLineStart, bytes[start] != 0x0A { out.append(contentsOf: indent) }
                out.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                atLineStart = true
                start = end
            }
        }
    }
}
