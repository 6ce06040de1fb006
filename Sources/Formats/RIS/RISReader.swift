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
        var text = String(decoding: data, as: UTF8.self)
        if text.unicodeScalars.contains("\u{FFFD}"), let latin1 = String(data: data, encoding: .isoLatin1) {
            // Not UTF-8: older exports are Latin-1 / Windows-1252.
            text = latin1
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var records: [Record] = []
        var diagnostics: [FormatDiagnostic] = []
        var current: Record?
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
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
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, var open = current, var last = open.fields.popLast() else { continue }
            last.value += last.value.isEmpty ? trimmed : " " + trimmed
            open.fields.append(last)
            current = open
        }
        if let open = current { records.append(open) }
        return (records, diagnostics)
    }

    /// `XY  - value`: two characters (a capital, then a capital or digit), spaces, a hyphen.
    static func tagged(_ line: Substring) -> (String, String)? {
        let chars = Array(line.prefix(7).unicodeScalars)
        guard chars.count >= 2, ("A"..."Z").contains(chars[0]), ("A"..."Z").contains(chars[1]) || ("0"..."9").contains(chars[1]) else { return nil }
        var k = 2
        while k < chars.count, chars[k] == " " { k += 1 }
        guard k > 2 || k < chars.count, k < chars.count, chars[k] == "-", k <= 4 else { return nil }
        let rest = line.unicodeScalars.dropFirst(k + 1)
        guard rest.first == nil || rest.first == " " else { return nil }
        return (String(String.UnicodeScalarView(chars[0..<2])), String(String.UnicodeScalarView(rest)).trimmingCharacters(in: .whitespaces))
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
}
