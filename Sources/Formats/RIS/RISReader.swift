import Bibliography
import Foundation

/// Reads RIS files: records from `TY` to `ER`, repeated tags, untagged continuation lines, a BOM,
/// CRLF line ends, a last record without `ER`, junk before the first record, `PY`/`Y1`/`DA` dates
/// and `SP`/`EP` pages.
public enum RISReader {
    /// One record as written: tags and values in file order.
    public struct Record: Sendable, Hashable {
        /// Tags (`AU`, `TI`, ...) and values, in file order; a repeated tag appears once per line.
        public var fields: [Field]
        /// The line the record's `TY` is on.
        public var line: Int

        /// One tagged value.
        public struct Field: Sendable, Hashable {
            public var tag: String
            public var value: String
        }

        /// The values of a tag, in order.
        public func values(_ tag: String) -> [String] { fields.filter { $0.tag == tag }.map(\.value) }
        /// The first non-empty value of the first of `tags` that has one.
        public func first(_ tags: String...) -> String? {
            for tag in tags {
                if let v = fields.first(where: { $0.tag == tag && !$0.value.isEmpty })?.value { return v }
            }
            return nil
        }
    }

    /// The records of a file, with diagnostics.
    public static func records(_ data: Data, file: String) -> (records: [Record], diagnostics: [FormatDiagnostic]) {
        var bytes = [UInt8](data)
        if String(validating: bytes, as: UTF8.self) == nil, let latin1 = String(data: data, encoding: .isoLatin1) {
            // Not UTF-8: older exports are Latin-1 / Windows-1252.
            bytes = Array(latin1.utf8)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var records: [Record] = []
        var diagnostics: [FormatDiagnostic] = []
        var current: Record?
        var lineNumber = 0
        var lineStart = 0
        // One pass over the bytes, line by line; values are decoded only once their line is known.
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            lineNumber += 1
            defer { lineStart = next }
            if lineEnd == bytes.count, lineStart == bytes.count { break }
            let line = bytes[lineStart..<end]
            if let (tag, value) = tagged(line) {
                if tag == "TY" {
                    if let open = current {
                        records.append(open)
                        diagnostics.append(FormatDiagnostic(
                            file: file, location: SourceLocation(line: lineNumber, column: 1), severity: .warning,
                            message: "a new record begins before the record at line \(open.line) ended with ER"))
                    }
                    current = Record(fields: [.init(tag: "TY", value: value)], line: lineNumber)
                } else if tag == "ER" {
                    if let open = current { records.append(open) }
                    current = nil
                } else if current != nil {
                    current?.fields.append(.init(tag: tag, value: value))
                }
                continue
            }
            // An untagged line continues the previous value (or is junk outside a record).
            let trimmed = trim(line)
            guard !trimmed.isEmpty, current != nil, let lastIndex = current?.fields.indices.last else { continue }
            let text = String(decoding: trimmed, as: UTF8.self)
            if current?.fields[lastIndex].value.isEmpty == true {
                current?.fields[lastIndex].value = text
            } else {
                current?.fields[lastIndex].value += " " + text
            }
        }
        if let open = current { records.append(open) }
        return (records, diagnostics)
    }

    private static func trim(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var a = s.startIndex
        var b = s.endIndex
        while a < b, s[a] == 0x20 || s[a] == 0x09 { a += 1 }
        while b > a, s[b - 1] == 0x20 || s[b - 1] == 0x09 { b -= 1 }
        return s[a..<b]
    }

    /// `XY  - value`: two characters (a capital, then a capital or digit), up to two spaces, a hyphen,
    /// then a space or the end of the line.
    static func tagged(_ line: ArraySlice<UInt8>) -> (String, String)? {
        let s = line.startIndex
        guard line.count >= 3 else { return nil }
        let c0 = line[s], c1 = line[s + 1]
        guard c0 >= 0x41 && c0 <= 0x5A, (c1 >= 0x41 && c1 <= 0x5A) || (c1 >= 0x30 && c1 <= 0x39) else { return nil }
        var k = s + 2
        while k < line.endIndex, k < s + 4, line[k] == 0x20 { k += 1 }
        guard k < line.endIndex, line[k] == UInt8(ascii: "-") else { return nil }
        k += 1
        guard k == line.endIndex || line[k] == 0x20 else { return nil }
        let tag = String(decoding: line[s..<(s + 2)], as: UTF8.self)
        return (tag, String(decoding: trim(line[k...]), as: UTF8.self))
    }

    /// The items of a RIS file.
    public static func read(_ data: Data, file: String) -> FormatReadResult {
        let (records, diagnostics) = self.records(data, file: file)
        var result = FormatReadResult(diagnostics: diagnostics)
        for (k, record) in records.enumerated() {
            let (item, warnings) = record.item(index: k)
            result.items.append(item)
            for w in warnings {
                result.diagnostics.append(FormatDiagnostic(file: file, location: SourceLocation(line: record.line, column: 1), severity: .warning, message: w))
            }
        }
        result.diagnostics.sort { $0.location < $1.location }
        return result
    }

    /// Reads a file from disk.
    public static func read(contentsOf url: URL) throws -> FormatReadResult {
        read(try Data(contentsOf: url), file: url.lastPathComponent)
    }
}
