import Bibliography
import Foundation
import PubMed

extension RecordLibrary {
    /// The formats of ``export(format:to:)``.
    public enum ExportFormat: String, Sendable, CaseIterable {
        /// A CSL-JSON array of the items (for Zotero, pandoc, CSL processors); the metadata is left out.
        case cslJSON = "csl-json"
        /// One CSL-JSON item a line with its metadata under `"pubmed"` (as `cite convert --to jsonl`
        /// writes): imports back into a library without loss.
        case jsonl
    }

    /// Writes every record in key order, one at a time, to `output` (a temporary file beside it,
    /// renamed over it at the end, so it is never seen half written) or to standard output.
    /// - Returns: the number of records written.
    @discardableResult
    public func export(format: ExportFormat, to output: URL?) throws -> Int {
        guard let output else {
            return try export(format: format, handle: FileHandle.standardOutput)
        }
        let name = output.relativePath
        let temp = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).tmp-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
            throw LibraryError.unwritable(file: name, reason: "cannot create a temporary file in \(output.deletingLastPathComponent().relativePath)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temp)
            let count: Int
            do {
                count = try export(format: format, handle: handle)
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            guard rename(temp.path, output.path) == 0 else {
                throw LibraryError.unwritable(file: name, reason: String(cString: strerror(errno)))
            }
            return count
        } catch let error as LibraryError {
            try? FileManager.default.removeItem(at: temp)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw LibraryError.unwritable(file: name, reason: Self.words(error))
        }
    }

    private func export(format: ExportFormat, handle: FileHandle) throws -> Int {
        var buffer = Data()
        var count = 0
        func flush(_ force: Bool) throws {
            guard force || buffer.count >= 1 << 20 else { return }
            try handle.write(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        if format == .cslJSON { buffer.append(contentsOf: Array("[\n".utf8)) }
        try exportRecords { stored in
            switch format {
            case .cslJSON:
                if count > 0 { buffer.append(contentsOf: [0x2C, 0x0A]) }
                buffer.append(contentsOf: PubMedJSON.cslJSON(stored.record.item))
            case .jsonl:
                buffer.append(contentsOf: PubMedJSON.jsonLine(stored.record))
                buffer.append(0x0A)
            }
            count += 1
            try flush(false)
        }
        if format == .cslJSON { buffer.append(contentsOf: Array((count > 0 ? "\n]\n" : "]\n").utf8)) }
        try flush(true)
        return count
    }
}
