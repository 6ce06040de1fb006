import Bibliography
import Evidence
import Foundation
import PubMed

/// Reads the record files of a bundle: PubMed XML (plain or gzip) and CSL-JSON.
enum RecordLoader {
    /// - Throws: ``CheckError/invalidRecords(file:reason:)`` naming the file and the position of the problem.
    static func load(_ files: [URL]) throws -> [Record] {
        var records: [Record] = []
        for file in files {
            let name = file.lastPathComponent.lowercased()
            if name.hasSuffix(".xml") || name.hasSuffix(".xml.gz") {
                do {
                    records += try PubMedReader.records(contentsOf: file)
                } catch let error as PubMedError {
                    throw CheckError.invalidRecordFile(String(describing: error))
                } catch {
                    throw CheckError.invalidRecords(file: file.path, reason: String(describing: error))
                }
            } else {
                let data: Data
                do {
                    data = try Data(contentsOf: file)
                } catch {
                    throw CheckError.unreadable(path: file.path, reason: (error as NSError).localizedDescription)
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
}
