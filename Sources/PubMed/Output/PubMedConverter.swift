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
        let encoder = JSONEncoder()
        switch format {
        case .jsonl: encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        case .cslJSON: encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        }
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
                    buffer.append(try PubMedJSON.jsonLine(record, encoder: encoder))
                    buffer.append(0x0A)
                case .cslJSON:
                    if outcome.records > 0 { buffer.append(contentsOf: [0x2C, 0x0A]) }
                    buffer.append(try encoder.encode(record.item))
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
