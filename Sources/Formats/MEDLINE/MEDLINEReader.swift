import Bibliography
import Foundation
import PubMed
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

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

    /// The raw records of a file (tags and values as text, no mapping), with diagnostics for lines
    /// that are neither fields nor continuations. Read in parts like ``readRecords(_:file:)``.
    public static func entries(_ data: Data, file: String) -> (entries: [Entry], diagnostics: [FormatDiagnostic]) {
        var gathered = Gathered<Entry>()
        gather(prepared(data), file: file, sink: { EntryCollector() }, { $0.entries }, into: &gathered)
        return (gathered.values, gathered.diagnostics)
    }

    /// ``entries(_:file:)`` for a file read a slice at a time (see ``readRecords(contentsOf:)``).
    public static func entries(contentsOf url: URL) throws -> (entries: [Entry], diagnostics: [FormatDiagnostic]) {
        try entries(contentsOf: url, sliceSize: 16 << 20)
    }

    static func entries(contentsOf url: URL, sliceSize: Int) throws -> (entries: [Entry], diagnostics: [FormatDiagnostic]) {
        let gathered = try stream(url, sliceSize: sliceSize, sink: { EntryCollector() }) { $0.entries }
        return (gathered.values, gathered.diagnostics)
    }

    /// The records of a MEDLINE file: items with their PubMed metadata. Each record is mapped as
    /// soon as it is read, straight from the bytes. A large file is cut at blank lines (record
    /// boundaries) into one part a core, read in parallel; records and diagnostics keep file order.
    public static func readRecords(_ data: Data, file: String) -> RecordReadResult {
        var gathered = Gathered<Record>()
        gather(prepared(data), file: file, sink: { RecordCollector() }, { $0.records }, into: &gathered)
        return RecordReadResult(records: gathered.values, diagnostics: gathered.diagnostics)
    }

    /// ``readRecords(_:file:)`` for a file read a slice of about 16 MB at a time, cut after a blank
    /// line, so that the whole file is never held in memory; the same records and diagnostics.
    public static func readRecords(contentsOf url: URL) throws -> RecordReadResult {
        try readRecords(contentsOf: url, sliceSize: 16 << 20)
    }

    static func readRecords(contentsOf url: URL, sliceSize: Int) throws -> RecordReadResult {
        let gathered = try stream(url, sliceSize: sliceSize, sink: { RecordCollector() }) { $0.records }
        return RecordReadResult(records: gathered.values, diagnostics: gathered.diagnostics)
    }

    /// What the parts read so far gave, in file order.
    private struct Gathered<Value: PartLines> {
        var values: [Value] = []
        var diagnostics: [FormatDiagnostic] = []
        /// Lines of the parts so far: the next part's line numbers start after them.
        var lines = 0

        mutating func add(_ part: consuming [Value], _ partDiagnostics: [FormatDiagnostic], lines partLines: Int) {
            // The first part's values are taken over; later parts' values are moved over one by one
            // (popLast and append move a value, where `+=` would copy it and then free the original,
            // retaining and releasing every String and array in it).
            let offset = lines
            if values.isEmpty {
                values = part
                if offset > 0 { for k in values.indices { values[k].moveLines(by: offset) } }
            } else {
                var rest = part
                rest.reverse()
                while var value = rest.popLast() {
                    value.moveLines(by: offset)
                    values.append(value)
                }
            }
            diagnostics += partDiagnostics.map { d in
                var moved = d
                moved.location = SourceLocation(line: d.location.line + offset, column: d.location.column)
                return moved
            }
            lines += partLines
        }
    }

    /// The bytes as UTF-8 without a BOM: UTF-8 (nearly every file) is kept as it is, Latin-1 converted.
    private static func prepared(_ data: Data) -> Data {
        var input = isUTF8(data) ? data : Data(decoded(data))
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input = Data(input.dropFirst(3)) }
        return input
    }

    /// Bytes that stay unchanged while the parts are read from them, on several threads.
    private struct SharedBytes: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
    }

    private static func gather<Sink: MEDLINESink, Value: Sendable & PartLines>(
        _ source: Data, file: String, sink: @escaping @Sendable () -> Sink, _ kept: @escaping @Sendable (inout Sink) -> [Value],
        into gathered: inout Gathered<Value>
    ) {
        source.withUnsafeBytes { raw in gather(raw.bindMemory(to: UInt8.self), file: file, sink: sink, kept, into: &gathered) }
    }

    /// Runs the parser over each part of `source` with a fresh sink, in parallel, and adds what the
    /// sinks kept in file order.
    private static func gather<Sink: MEDLINESink, Value: Sendable & PartLines>(
        _ source: UnsafeBufferPointer<UInt8>, file: String, sink: @escaping @Sendable () -> Sink,
        _ kept: @escaping @Sendable (inout Sink) -> [Value], into gathered: inout Gathered<Value>
    ) {
        let shared = SharedBytes(bytes: source)
        let ranges = Self.parts(of: source, count: ProcessInfo.processInfo.activeProcessorCount)
        var results = ParallelMap.map(ranges) { range -> (values: [Value], diagnostics: [FormatDiagnostic], lines: Int) in
            var collector = sink()
            var parser = Parser(bytes: UnsafeBufferPointer(rebasing: shared.bytes[range]), file: file)
            parser.run(&collector)
            return (kept(&collector), parser.diagnostics, parser.lines)
        }
        for k in results.indices {
            let values = results[k].values
            results[k].values = []
            gathered.add(values, results[k].diagnostics, lines: results[k].lines)
        }
    }

    /// Reads the file a slice at a time into one buffer, each slice ending after the last blank
    /// line read so far; the rest moves to the buffer's front for the next slice (the buffer grows
    /// for a record longer than it). A file that is not UTF-8 is read whole, as its encoding is
    /// decided for the whole file.
    private static func stream<Sink: MEDLINESink, Value: Sendable & PartLines>(
        _ url: URL, sliceSize: Int, sink: @escaping @Sendable () -> Sink, _ kept: @escaping @Sendable (inout Sink) -> [Value]
    ) throws -> Gathered<Value> {
        let file = url.lastPathComponent
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let descriptor = handle.fileDescriptor
        var gathered = Gathered<Value>()
        var buffer = [UInt8](repeating: 0, count: max(sliceSize, 16))
        var filled = 0
        var isFirst = true
        while true {
            if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let n = buffer.withUnsafeMutableBytes { raw in systemRead(descriptor, raw.baseAddress! + filled, raw.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
            let atEnd = n == 0
            filled += n
            if isFirst, filled >= 3 || atEnd {
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]), filled >= 3 {
                    buffer.withUnsafeMutableBytes { raw in _ = memmove(raw.baseAddress!, raw.baseAddress! + 3, filled - 3) }
                    filled -= 3
                }
                isFirst = false
            }
            let outcome = buffer.withUnsafeBufferPointer { all -> SliceOutcome in
                let read = UnsafeBufferPointer(rebasing: all[0..<filled])
                guard let cut = atEnd ? filled : lastRecordEnd(read) else { return .readOn }
                let slice = UnsafeBufferPointer(rebasing: read[0..<cut])
                guard isUTF8(UnsafeRawBufferPointer(slice)) else { return .notUTF8 }
                gather(slice, file: file, sink: sink, kept, into: &gathered)
                return .read(cut)
            }
            switch outcome {
            case .notUTF8:
                var whole = Gathered<Value>()
                gather(prepared(try Data(contentsOf: url)), file: file, sink: sink, kept, into: &whole)
                return whole
            case .read where atEnd:
                return gathered
            case .read(let cut):
                // The rest (from the last blank line on) moves to the front.
                buffer.withUnsafeMutableBytes { raw in _ = memmove(raw.baseAddress!, raw.baseAddress! + cut, filled - cut) }
                filled -= cut
            case .readOn:
                break
            }
        }
    }

    private enum SliceOutcome {
        /// No blank line yet: read on.
        case readOn
        /// The bytes before the offset were read.
        case read(Int)
        /// Not UTF-8: the file is read whole.
        case notUTF8
    }

    /// The offset just after the first newline of the last blank line (`\n\n`): the bytes before it
    /// hold whole records, those after start with the blank line.
    private static func lastRecordEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var p = bytes.count - 1
        while p > 0 {
            if bytes[p] == 0x0A, bytes[p - 1] == 0x0A { return p }
            p -= 1
        }
        return nil
    }

    /// Ranges of about equal size that start on a line after a blank line (or at the start), so
    /// that no record spans two of them; one range for files under 4 MB.
    static func parts(of bytes: UnsafeBufferPointer<UInt8>, count: Int) -> [Range<Int>] {
        let total = bytes.count
        guard count > 1, total > 4 << 20 else { return [0..<total] }
        var starts = [0]
        for k in 1..<count {
            var p = max(total * k / count, starts[starts.count - 1])
            // Find "\n\n": the part starts at the blank line, which closes nothing.
            while p + 1 < total, !(bytes[p] == 0x0A && bytes[p + 1] == 0x0A) { p += 1 }
            if p + 1 < total { starts.append(p + 1) }
        }
        return zip(starts, starts.dropFirst() + [total]).map { $0..<$1 }.filter { !$0.isEmpty }
    }

    /// The items of a MEDLINE file.
    public static func read(_ data: Data, file: String) -> FormatReadResult {
        readRecords(data, file: file).itemResult
    }

    /// Whether the bytes are valid UTF-8, checked in place (ASCII eight bytes at a time).
    static func isUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { isUTF8($0) }
    }

    static func isUTF8(_ raw: UnsafeRawBufferPointer) -> Bool {
        let v = raw.bindMemory(to: UInt8.self)
        let n = v.count
        var i = 0
        while i < n {
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = v[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            guard i + length <= n else { return false }
            for k in 1..<length where v[i + k] & 0xC0 != 0x80 { return false }
            if b == 0xE0, v[i + 1] < 0xA0 { return false }
            if b == 0xED, v[i + 1] > 0x9F { return false }
            if b == 0xF0, v[i + 1] < 0x90 { return false }
            if b == 0xF4, v[i + 1] > 0x8F { return false }
            i += length
        }
        return true
    }

    /// The bytes as UTF-8: Latin-1 (old exports) converted, a BOM removed.
    private static func decoded(_ data: Data) -> [UInt8] {
        var bytes = [UInt8](data)
        if String(validating: bytes, as: UTF8.self) == nil, let latin1 = String(data: data, encoding: .isoLatin1) {
            bytes = Array(latin1.utf8)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return bytes
    }

    /// One pass over the bytes, line by line; fields go to the sink as they end.
    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: String
        var diagnostics: [FormatDiagnostic] = []
        /// Lines read so far.
        private(set) var lines = 0
        private var inRecord = false
        private var recordHasFields = false
        private var code: UInt32 = 0
        private var tagLine = 0
        /// A one-line value is used where it lies; continuation lines are joined in `value`.
        private var valueStart = 0
        private var valueEnd = 0
        private var joined = false
        private var value: [UInt8] = []
        private var hasField = false

        init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
            self.bytes = bytes
            self.file = file
            value.reserveCapacity(8192)
        }

        mutating func run<Sink: MEDLINESink>(_ sink: inout Sink) {
            var lineStart = 0
            var lineNumber = 0
            let count = bytes.count
            while lineStart < count {
                let lineEnd = Self.newline(in: bytes, from: lineStart)
                var end = lineEnd
                while end > lineStart, bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                lineNumber += 1
                line(lineStart, end, number: lineNumber, &sink)
                lineStart = lineEnd + 1
            }
            lines = lineNumber
            closeRecord(&sink)
        }

        private static func newline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            guard let base = bytes.baseAddress, start < bytes.count else { return bytes.count }
            guard let hit = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }

        private mutating func line<Sink: MEDLINESink>(_ start: Int, _ end: Int, number: Int, _ sink: inout Sink) {
            if start == end {
                closeRecord(&sink)
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
                if !joined {
                    value.removeAll(keepingCapacity: true)
                    value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]))
                    joined = true
                }
                if !value.isEmpty { value.append(0x20) }
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[s..<end]))
                return
            }
            guard let (tagEnd, valueStart) = tagLine(start, end) else {
                // Inside a record the line's data is lost; between records it is free text.
                if !inRecord {
                    warn(number, "text between records is ignored")
                } else {
                    diagnostics.append(FormatDiagnostic(
                        file: file, location: SourceLocation(line: number, column: 1), severity: .error,
                        message: "not a MEDLINE field line (expected 'TAG - value'); the line is skipped"))
                }
                return
            }
            flushField(&sink)
            let newCode = MEDLINETag.code(UnsafeBufferPointer(rebasing: bytes[start..<tagEnd]))
            // PMID opens a record even without the blank line that should come before it.
            if newCode == MEDLINETag.pmid, recordHasFields { closeRecord(&sink) }
            if !inRecord {
                inRecord = true
                sink.begin(line: number)
            }
            code = newCode
            tagLine = number
            self.valueStart = valueStart
            valueEnd = end
            joined = false
            hasField = true
        }

        /// `TAG - value`: one to four capitals or digits, spaces up to column 5, a hyphen, then
        /// (usually) a space.
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

        private mutating func flushField<Sink: MEDLINESink>(_ sink: inout Sink) {
            guard hasField else { return }
            if joined {
                value.withUnsafeBufferPointer { sink.field(code: code, value: $0, line: tagLine) }
            } else {
                sink.field(code: code, value: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), line: tagLine)
            }
            recordHasFields = true
            hasField = false
        }

        private mutating func closeRecord<Sink: MEDLINESink>(_ sink: inout Sink) {
            flushField(&sink)
            if inRecord { sink.end(hasFields: recordHasFields) }
            inRecord = false
            recordHasFields = false
        }

        private mutating func warn(_ line: Int, _ message: String) {
            diagnostics.append(FormatDiagnostic(file: file, location: SourceLocation(line: line, column: 1), severity: .warning, message: message))
        }
    }
}

/// What a part gives that carries line numbers, counted from the part's start until the part is
/// placed after the parts before it.
protocol PartLines {
    mutating func moveLines(by offset: Int)
}

extension MEDLINEReader.Entry: PartLines {
    mutating func moveLines(by offset: Int) {
        line += offset
        for k in fields.indices { fields[k].line += offset }
    }
}

extension Record: PartLines {
    /// A record keeps no line numbers.
    func moveLines(by offset: Int) {}
}

/// What the parser hands its fields to (one sink a thread, made on that thread).
protocol MEDLINESink: SendableMetatype {
    mutating func begin(line: Int)
    mutating func field(code: UInt32, value: UnsafeBufferPointer<UInt8>, line: Int)
    mutating func end(hasFields: Bool)
}

/// Keeps each record's fields as text (``MEDLINEReader/entries(_:file:)``).
struct EntryCollector: MEDLINESink {
    var entries: [MEDLINEReader.Entry] = []
    private var line = 0
    /// The record's fields while it is read, moved into an array of their exact count when it ends
    /// (an array appended to field by field would be reallocated about six times a record and keep
    /// up to twice the room it needs).
    private let pending = PendingFields()

    mutating func begin(line: Int) { self.line = line }

    mutating func field(code: UInt32, value: UnsafeBufferPointer<UInt8>, line: Int) {
        pending.append(.init(tag: MEDLINETag.name(code), value: str(value), line: line))
    }

    mutating func end(hasFields: Bool) {
        let fields = pending.take()
        if hasFields { entries.append(MEDLINEReader.Entry(fields: fields, line: line)) }
    }
}

/// A growable buffer of fields that hands them over by moving them, not copying.
final class PendingFields {
    private var base: UnsafeMutablePointer<MEDLINEReader.Entry.Field>
    private var capacity = 64
    private var count = 0

    init() { base = .allocate(capacity: capacity) }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func append(_ field: MEDLINEReader.Entry.Field) {
        if count == capacity {
            let larger = UnsafeMutablePointer<MEDLINEReader.Entry.Field>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: field)
        count += 1
    }

    /// The fields in order, moved out; the buffer is left empty.
    func take() -> [MEDLINEReader.Entry.Field] {
        let n = count
        count = 0
        return Array(unsafeUninitializedCapacity: n) { buffer, initialized in
            if let target = buffer.baseAddress { target.moveInitialize(from: base, count: n) }
            initialized = n
        }
    }
}

/// Maps each record as it ends (``MEDLINEReader/readRecords(_:file:)``).
struct RecordCollector: MEDLINESink {
    var records: [Record] = []
    private var mapper = MEDLINEMapper()

    mutating func begin(line: Int) { mapper = MEDLINEMapper() }

    mutating func field(code: UInt32, value: UnsafeBufferPointer<UInt8>, line: Int) { mapper.apply(code: code, value) }

    mutating func end(hasFields: Bool) { if hasFields { records.append(mapper.finish()) } }
}
