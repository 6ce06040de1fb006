import Bibliography
import Formats
import Foundation
import PubMed

extension RecordLibrary {
    /// Imports a file of records: PubMed XML (plain or gzipped; a large plain file is parsed on all
    /// cores) or CSL-JSON (an array, one object, or one object a line; a `"pubmed"` member, as
    /// `cite convert --to jsonl` and ``export(format:to:)`` write, is read back as the metadata).
    ///
    /// Records are written in batches, each in one transaction, by one writer while the file is
    /// parsed, so memory stays constant. On an error the whole records read before it stay stored.
    /// Each record is stored as ``add(_:merging:)`` stores it: merged with a stored record of the same work.
    /// - Parameters:
    ///   - progress: draw a progress bar on standard error when it is a terminal and the file is large.
    ///   - merging: `false` keeps records of the same work from other sources apart (see ``add(_:merging:)``).
    /// - Throws: ``LibraryError`` naming the file: ``LibraryError/unreadable(file:reason:)``,
    ///   ``LibraryError/unknownFormat(file:reason:)``, ``LibraryError/invalidInput(file:line:column:reason:stored:)``.
    public func importFile(_ url: URL, progress: Bool = false, merging: Bool = true) throws -> ImportSummary {
        let name = url.relativePath
        switch try InputFormat.sniff(url, name: name) {
        case .pubMedXML:
            return try importPubMed(url, name: name, progress: progress, merging: merging)
        case .cslJSON:
            return try importCSLJSON(url, name: name, merging: merging)
        case .bibliography(let format):
            return try importBibliography(url, name: name, format: format, merging: merging)
        }
    }

    /// Imports BibTeX/biblatex, RIS, MEDLINE, EndNote XML or CSL-YAML: every entry read is stored; the first broken entry is then
    /// reported with its position (the entries around it are stored).
    private func importBibliography(_ url: URL, name: String, format: FileFormat, merging: Bool) throws -> ImportSummary {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LibraryError.unreadable(file: name, reason: Self.words(error))
        }
        // MEDLINE records keep their PubMed metadata; the other formats' records are items alone.
        let result = format.readRecords(data, file: name) ?? RecordReadResult()
        let source = RecordSource(kind: format.rawValue, origin: name)
        var summary = ImportSummary()
        for start in stride(from: 0, to: result.records.count, by: 1000) {
            let batch = result.records[start..<min(start + 1000, result.records.count)].map {
                StoredRecord(record: $0, source: source)
            }
            summary = summary + (try add(batch, merging: merging))
        }
        if let error = result.errors.first {
            throw LibraryError.invalidInput(
                file: name, line: error.location.line, column: error.location.column,
                reason: error.message + (result.errors.count > 1 ? " (and \(result.errors.count - 1) more)" : ""), stored: summary)
        }
        return summary
    }

    /// Imports CSL-JSON: read whole (CSL-JSON files are small next to PubMed dumps), stored in batches.
    private func importCSLJSON(_ url: URL, name: String, merging: Bool) throws -> ImportSummary {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LibraryError.unreadable(file: name, reason: Self.words(error))
        }
        let items: [Item]
        do {
            items = try Bibliography(cslJSON: data, file: name).items
        } catch let error as BibliographyError {
            guard case .malformed(let file, let line, let reason) = error else { throw error }
            throw LibraryError.invalidInput(file: file, line: line, column: nil, reason: "not valid CSL-JSON: \(reason)", stored: ImportSummary())
        }
        let source = RecordSource(kind: "csl-json", origin: name)
        var summary = ImportSummary()
        for start in stride(from: 0, to: items.count, by: 1000) {
            let batch = items[start..<min(start + 1000, items.count)].map {
                StoredRecord(record: Self.record(cslJSON: $0), source: source)
            }
            summary = summary + (try add(batch, merging: merging))
        }
        return summary
    }

    /// A record from a CSL-JSON item, its metadata from the `"pubmed"` member when that holds
    /// CiteKit record metadata (otherwise the member stays an ordinary field).
    static func record(cslJSON item: Item) -> Record {
        var item = item
        if let value = item.fields[PubMedJSON.metadataKey],
            let data = try? JSONEncoder().encode(value),
            let metadata = try? JSONDecoder().decode(RecordMetadata.self, from: data)
        {
            item.fields[PubMedJSON.metadataKey] = nil
            return Record(item: item, metadata: metadata)
        }
        return Record(item: item, metadata: RecordMetadata(source: "csl-json"))
    }
}
