import Bibliography
import Foundation

/// Converts PubMed XML to CSL-JSON or JSON Lines, streaming: records are encoded and written as
/// they are read.
public enum PubMedConverter {
    /// The output formats of `cite convert`.
    public enum Format: String, Sendable, CaseIterable {
        /// A CSL-JSON array of items.
        case cslJSON = "csl-json"
        /// One CSL-JSON item a line, with the PubMed metadata under `"pubmed"`.
        case jsonl
    }

    /// What converting one input gave.
    public struct Outcome: Sendable {
        public var records = 0
        public var deletions = 0
        public var error: PubMedError?
        public init() {}
    }

    /// Reads every entry of `reader` and writes its records to `sink` in `format`. For CSL-JSON the
    /// sink receives array elements separated by `,\n`, without the brackets (see ``wrapArray``).
    public static func convert(_ reader: PubMedReader, format: Format, to sink: (Data) throws -> Void) throws -> Outcome {
        var outcome = Outcome()
        var buffer = Data()
        buffer.reserveCapacity(1 << 20)
        do {
            while let entry = try reader.next() {
                guard let record = entry.record else {
                    if case .deleted(let pmids) = entry { outcome.deletions += pmids.count }
                    continue
                }
                switch format {
                case .jsonl:
                    buffer.append(contentsOf: PubMedJSON.jsonLine(record))
                    buffer.append(0x0A)
                case .cslJSON:
                    if outcome.records > 0 { buffer.append(contentsOf: [0x2C, 0x0A]) }
                    buffer.append(contentsOf: PubMedJSON.cslJSON(record.item))
                }
                outcome.records += 1
                if buffer.count >= 1 << 20 {
                    try sink(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        } catch let error as PubMedError {
            outcome.error = error
        }
        if !buffer.isEmpty { try sink(buffer) }
        return outcome
    }

    /// Converts a planned partition of a file, its parts in parallel, each into its own file in
    /// `directory` (named `<stem>-<part>`). On an error in any part the file is converted again
    /// whole, so the output and the error are those of a sequential read.
    /// - Returns: the part files in order, and what was read.
    public static func convert(
        _ partition: PubMedPartition, format: Format, into directory: URL, stem: String,
        progress: (@Sendable (Int, Int64) -> Void)? = nil
    ) -> (parts: [URL], outcome: Outcome) {
        let results = ParallelMap.map(Array(0..<partition.count)) { index in
            convertPart(partition, part: index, format: format, to: directory.appendingPathComponent("\(stem)-\(index)"), progress: progress)
        }
        var outcome = Outcome()
        for result in results {
            outcome.records += result.records
            outcome.deletions += result.deletions
            outcome.error = outcome.error ?? result.error
        }
        let files = (0..<partition.count).map { directory.appendingPathComponent("\(stem)-\($0)") }
        guard partition.count > 1, outcome.error != nil else { return (files, outcome) }
        for file in files { try? FileManager.default.removeItem(at: file) }
        let whole = directory.appendingPathComponent("\(stem)-whole")
        return ([whole], convertPart(PubMedPartition(partition.url, parts: 1), part: 0, format: format, to: whole, progress: progress))
    }

    private static func convertPart(
        _ partition: PubMedPartition, part: Int, format: Format, to file: URL, progress: (@Sendable (Int, Int64) -> Void)?
    ) -> Outcome {
        var outcome = Outcome()
        do {
            let reader = try PubMedReader(partition, part: part)
            guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
                outcome.error = .unreadable(file: file.path, reason: "cannot create a temporary file")
                return outcome
            }
            let handle = try FileHandle(forWritingTo: file)
            defer { try? handle.close() }
            outcome = try convert(reader, format: format) { data in
                try handle.write(contentsOf: data)
                progress?(part, reader.bytesConsumed)
            }
        } catch let error as PubMedError {
            outcome.error = error
        } catch {
            outcome.error = .unreadable(file: partition.url.path, reason: String(describing: error))
        }
        return outcome
    }

    /// Joins per-input CSL-JSON element runs into one array: `[`, the non-empty runs separated by
    /// `,\n`, `]`. `write` receives the pieces in order.
    public static func wrapArray(parts: [URL], write: (Data) throws -> Void) throws {
        try write(Data("[\n".utf8))
        var first = true
        for part in parts {
            guard let handle = try? FileHandle(forReadingFrom: part) else { continue }
            defer { try? handle.close() }
            var wroteAny = false
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                if !wroteAny {
                    if !first { try write(Data(",\n".utf8)) }
                    first = false
                    wroteAny = true
                }
                try write(chunk)
            }
        }
        try write(Data((first ? "]\n" : "\n]\n").utf8))
    }
}
