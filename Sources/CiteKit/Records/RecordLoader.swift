import Bibliography
import Evidence
import Formats
import Foundation
import PubMed

/// Reads the record files of a bundle: PubMed XML (plain or gzip), CSL-JSON, and every format the
/// `Formats` module reads (BibTeX/biblatex, RIS, MEDLINE, EndNote XML, CSL-YAML), told apart by
/// extension and content as `cite convert` does.
enum RecordLoader {
    /// - Throws: ``CheckError/invalidRecords(file:reason:)`` or ``CheckError/invalidRecordFile(_:)``
    ///   naming the file and the position of the problem.
    static func load(_ files: [URL]) throws -> [Record] {
        var records: [Record] = []
        for file in files {
            switch format(of: file) {
            case .pubmedXML:
                do {
                    records += try PubMedReader.records(contentsOf: file)
                } catch let error as PubMedError {
                    throw CheckError.invalidRecordFile(String(describing: error))
                } catch {
                    throw CheckError.invalidRecords(file: file.path, reason: String(describing: error))
                }
            case let format:
                let data = try read(file)
                if let result = format.readRecords(data, file: file.path) {
                    // A broken entry stops the check, as a broken PubMed or CSL-JSON file does.
                    if let error = result.errors.first { throw CheckError.invalidRecordFile(error.description) }
                    records += result.records
                    continue
                }
                do {
                    records += try Bibliography(cslJSON: data, file: file.path).items.map(Record.fromCSLJSON)
                } catch let error as BibliographyError {
                    throw CheckError.invalidRecordFile(error.description)
                }
            }
        }
        return records
    }

    /// The file's format from its extension and first bytes; CSL-JSON when nothing else fits.
    static func format(of file: URL) -> FileFormat {
        let head = (try? FileHandle(forReadingFrom: file)).flatMap { handle -> Data? in
            defer { try? handle.close() }
            return try? handle.read(upToCount: 4096)
        } ?? Data()
        return FileFormat.infer(path: file.path, head: head) ?? .cslJSON
    }

    private static func read(_ file: URL) throws -> Data {
        do {
            return try Data(contentsOf: file)
        } catch {
            throw CheckError.unreadable(path: file.path, reason: (error as NSError).localizedDescription)
        }
    }
}
