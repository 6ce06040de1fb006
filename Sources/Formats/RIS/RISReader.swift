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
        var records: [Record] = []
        let diagnostics = data.withUnsafeBytes { raw in
            scan(raw.assumingMemoryBound(to: UInt8.self), file: file, consumed: { _ in }) { records.append($0) }
        }
        return (records, diagnostics)
    }

    /// Hands each record to `take` as soon as it ends, and returns the diagnostics of the pass.
    /// Bytes that are not UTF-8 are read as Latin-1 (older exports are Latin-1 / Windows-1252).
    /// `consumed` is told how far the bytes have been read.
    private static func scan(
        _ input: UnsafeBufferPointer<UInt8>, file: String, consumed: (Int) -> Void, take: (Record) -> Void
    ) -> [FormatDiagnostic] {
        guard UTF8Validation.isValid(input) else {
            // Not UTF-8: older exports are Latin-1 / Windows-1252.
            if var latin1 = String(data: Data(buffer: input), encoding: .isoLatin1) {
                return latin1.withUTF8 { scanUTF8($0, file: file, consumed: { _ in }, take: take) }
            }
            return scanUTF8(input, file: file, consumed: consumed, take: take)
        }
        return scanUTF8(input, file: file, consumed: consumed, take: take)
    }

    private static func scanUTF8(
        _ input: UnsafeBufferPointer<UInt8>, file: String, consumed: (Int) -> Void, take: (Record) -> Void
    ) -> [FormatDiagnostic] {
        let bytes = input.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: input.dropFirst(3)) : input
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
                        take(open)
                        diagnostics.append(FormatDiagnostic(
                            file: file, location: SourceLocation(line: lineNumber, column: 1), severity: .warning,
                            message: "a new record begins before the record at line \(open.line) ended with ER"))
                    }
                    current = Record(fields: [.init(tag: "TY", value: value)], line: lineNumber)
                } else if tag == "ER" {
                    if let open = current { take(open) }
                    current = nil
                    consumed(next)
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
        if let open = current { take(open) }
        return diagnostics
    }

    private static func trim(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var a = s.startIndex
        var b = s.endIndex
        while a < b, s[a] == 0x20 || s[a] == 0x09 { a += 1 }
        while b > a, s[b - 1] == 0x20 || s[b - 1] == 0x09 { b -= 1 }
        return s[a..<b]
    }

    /// `XY  - value`: two characters (a capital, then a capital or digit), up to two spaces, a hyphen,
    /// then a space or the end of the line.
    static func tagged(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> (String, String)? {
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

    /// The items of a RIS file; each record becomes an item as soon as it is read.
    public static func read(_ data: Data, file: String) -> FormatReadResult {
        data.withUnsafeBytes { raw in read(raw.assumingMemoryBound(to: UInt8.self), file: file, consumed: { _ in }) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, consumed: (Int) -> Void) -> FormatReadResult {
        var items: [Item] = []
        var warnings: [FormatDiagnostic] = []
        var diagnostics = scan(bytes, file: file, consumed: consumed) { record in
            let (item, messages) = record.item(index: items.count)
            items.append(item)
            for message in messages {
                warnings.append(FormatDiagnostic(file: file, location: SourceLocation(line: record.line, column: 1), severity: .warning, message: message))
            }
        }
        // The pass's own diagnostics first, then the records' (as when all records were read first).
        diagnostics += warnings
        diagnostics.sort { $0.location < $1.location }
        return FormatReadResult(items: items, diagnostics: diagnostics)
    }

    /// Reads a file from disk, mapped rather than copied into memory, handing back the pages read.
    public static func read(contentsOf url: URL) throws -> FormatReadResult {
        guard let mapped = MappedFile(url: url) else { return read(try Data(contentsOf: url), file: url.lastPathComponent) }
        return mapped.withBytes { read($0, file: url.lastPathComponent, consumed: mapped.release(before:)) }
    }
}
