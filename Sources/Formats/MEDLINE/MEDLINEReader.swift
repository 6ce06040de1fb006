import Bibliography
import Foundation

/// Reads MEDLINE display-format files (PubMed's `.nbib` export): records separated by blank
/// lines, `TAG - value` lines with the tag padded to four characters, and values continued on
/// lines indented by six spaces.
///
/// Records map to the same ``Record`` (item and ``RecordMetadata``) as the PubMed XML reader gives
/// for the same record, apart from what the display format leaves out (see the module README).
public enum MEDLINEReader {
    /// One record as written: tags and values in file order, continuation lines joined.
    public struct Entry: Sendable, Hashable {
        /// Tags (`PMID`, `FAU`, `MH`, ...) and values in file order; a repeated tag appears once per line.
        public var fields: [Field]
        /// The line the record starts on.
        public var line: Int

        /// One tagged value.
        public struct Field: Sendable, Hashable {
            /// The tag without padding (`AU`, `PMID`).
            public var tag: String
            /// The value, continuation lines joined with one space.
            public var value: String
            /// The line the field starts on.
            public var line: Int
        }

        /// The values of a tag, in order.
        public func values(_ tag: String) -> [String] { fields.filter { $0.tag == tag }.map(\.value) }
        /// The first non-empty value of a tag.
        public func first(_ tag: String) -> String? { fields.first { $0.tag == tag && !$0.value.isEmpty }?.value }
    }

    /// The raw records of a file, with diagnostics for lines that are neither fields nor continuations.
    public static func entries(_ data: Data, file: String) -> (entries: [Entry], diagnostics: [FormatDiagnostic]) {
        var bytes = [UInt8](data)
        if String(validating: bytes, as: UTF8.self) == nil, let latin1 = String(data: data, encoding: .isoLatin1) {
            // Not UTF-8: old exports are Latin-1.
            bytes = Array(latin1.utf8)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var parser = Parser(bytes: bytes, file: file)
        parser.run()
        return (parser.entries, parser.diagnostics)
    }

    /// The records of a MEDLINE file: items with their PubMed metadata.
    public static func readRecords(_ data: Data, file: String) -> RecordReadResult {
        let (entries, diagnostics) = self.entries(data, file: file)
        var result = RecordReadResult(diagnostics: diagnostics)
        result.records.reserveCapacity(entries.count)
        for entry in entries { result.records.append(entry.record()) }
        return result
    }

    /// The items of a MEDLINE file.
    public static func read(_ data: Data, file: String) -> FormatReadResult {
        readRecords(data, file: file).itemResult
    }

    /// One pass over the bytes, line by line.
    private struct Parser {
        let bytes: [UInt8]
        let file: String
        var entries: [Entry] = []
        var diagnostics: [FormatDiagnostic] = []
        private var current: Entry?
        private var tag = ""
        private var tagLine = 0
        private var value: [UInt8] = []
        private var hasField = false

        init(bytes: [UInt8], file: String) {
            self.bytes = bytes
            self.file = file
            value.reserveCapacity(4096)
        }

        mutating func run() {
            var lineStart = 0
            var lineNumber = 0
            let count = bytes.count
            while lineStart < count {
                var lineEnd = lineStart
                while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var end = lineEnd
                while end > lineStart, bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                lineNumber += 1
                line(lineStart, end, number: lineNumber)
                lineStart = lineEnd + 1
            }
            closeRecord()
        }

        private mutating func line(_ start: Int, _ end: Int, number: Int) {
            if start == end {
                closeRecord()
                return
            }
            let first = bytes[start]
            if first == 0x20 || first == 0x09 {
                var s = start
                while s < end, bytes[s] == 0x20 || bytes[s] == 0x09 { s += 1 }
                guard hasField else {
                    warn(number, "a continuation line outside a field is ignored")
                    return
                }
                if !value.isEmpty { value.append(0x20) }
                value.append(contentsOf: bytes[s..<end])
                return
            }
            guard let (tagEnd, valueStart) = tagLine(start, end) else {
                // Inside a record the line's data is lost; between records it is free text.
                if current == nil {
                    warn(number, "text between records is ignored")
                } else {
                    diagnostics.append(FormatDiagnostic(
                        file: file, location: SourceLocation(line: number, column: 1), severity: .error,
                        message: "not a MEDLINE field line (expected 'TAG - value'); the line is skipped"))
                }
                return
            }
            flushField()
            let newTag = String(decoding: bytes[start..<tagEnd], as: UTF8.self)
            // PMID opens a record even without the blank line that should come before it.
            if newTag == "PMID", let open = current, !open.fields.isEmpty { closeRecord() }
            if current == nil { current = Entry(fields: [], line: number) }
            tag = newTag
            tagLine = number
            value.removeAll(keepingCapacity: true)
            value.append(contentsOf: bytes[valueStart..<end])
            hasField = true
        }

        /// `TAG - value`: one to four capitals or digits, spaces up to column 5, a hyphen, then
        /// (usually) a space. Returns the end of the tag and the start of the value.
        private func tagLine(_ start: Int, _ end: Int) -> (Int, Int)? {
            var k = start
            while k < end, k < start + 4, isTagByte(bytes[k]) { k += 1 }
            let tagEnd = k
            guard tagEnd > start else { return nil }
            while k < end, bytes[k] == 0x20 { k += 1 }
            guard k < end, bytes[k] == UInt8(ascii: "-"), k <= start + 5 else { return nil }
            k += 1
            // PubMed writes one space after the hyphen; hand-edited files sometimes leave it out.
            if k < end, bytes[k] == 0x20 { k += 1 }
            return (tagEnd, min(k, end))
        }

        private func isTagByte(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) }

        private mutating func flushField() {
            guard hasField else { return }
            current?.fields.append(Entry.Field(tag: tag, value: String(decoding: value, as: UTF8.self), line: tagLine))
            hasField = false
        }

        private mutating func closeRecord() {
            flushField()
            if let open = current, !open.fields.isEmpty { entries.append(open) }
            current = nil
        }

        private mutating func warn(_ line: Int, _ message: String) {
            diagnostics.append(FormatDiagnostic(file: file, location: SourceLocation(line: line, column: 1), severity: .warning, message: message))
        }
    }
}
