import Foundation

extension SiteReport {
    /// The report as JSON: `{"pages": [{path, status, report, silenced, error}], "summary": {...}}`,
    /// pretty-printed with sorted keys, each page's `report` in the format of a single page's report.
    ///
    /// Written as `JSONEncoder` writes the whole report, from each page's own JSON (kept by the
    /// cache, so that an unchanged page is not decoded and encoded again), indented into place.
    public func jsonData() throws -> Data {
        let pages = try entries.map { try $0.output?.json ?? PageOutput.encoder.encode($0.result) }
        var out = Data(capacity: pages.reduce(64) { $0 + $1.count + $1.count / 4 })
        out.append(contentsOf: Array("{\n  \"pages\" : [".utf8))
        for (index, page) in pages.enumerated() {
            out.append(contentsOf: Array((index == 0 ? "\n" : ",\n").utf8))
            Self.append(page, indentedBy: 4, first: true, to: &out)
        }
        out.append(contentsOf: Array((pages.isEmpty ? "\n\n  ],\n  \"summary\" : " : "\n  ],\n  \"summary\" : ").utf8))
        Self.append(try PageOutput.encoder.encode(summary), indentedBy: 2, first: false, to: &out)
        out.append(contentsOf: Array("\n}\n".utf8))
        return out
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
