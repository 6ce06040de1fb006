import Bibliography
import Foundation

/// Everything read from one PubMed source, and the error that stopped it, if any.
public struct PubMedReadResult: Sendable, Hashable {
    /// The file name used in messages.
    public var file: String
    /// Journal articles, in document order.
    public var articles: [Record] = []
    /// Books and book chapters, in document order.
    public var books: [Record] = []
    /// PMIDs listed in DeleteCitation / DeleteDocument.
    public var deletedPMIDs: [String] = []
    /// Articles and books in document order.
    public var records: [Record] = []
    /// The error that ended reading early; every record before it is kept above.
    public var error: PubMedError?

    public init(file: String) { self.file = file }

    mutating func add(_ entry: PubMedEntry) {
        switch entry {
        case .article(let r):
            articles.append(r)
            records.append(r)
        case .book(let r):
            books.append(r)
            records.append(r)
        case .deleted(let pmids):
            deletedPMIDs.append(contentsOf: pmids)
        }
    }
}

extension PubMedReader {
    /// Reads every entry of a reader, keeping what was read before an error.
    public static func readAll(_ reader: PubMedReader) -> PubMedReadResult {
        var result = PubMedReadResult(file: reader.file)
        do {
            while let entry = try reader.next() { result.add(entry) }
        } catch let error as PubMedError {
            result.error = error
        } catch {
            result.error = .malformed(file: reader.file, line: 0, column: 0, message: String(describing: error))
        }
        return result
    }

    /// Reads a whole file, keeping the records read before an error (see ``PubMedReadResult/error``).
    public static func read(contentsOf url: URL) -> PubMedReadResult {
        do {
            return readAll(try PubMedReader(contentsOf: url))
        } catch let error as PubMedError {
            var result = PubMedReadResult(file: url.path)
            result.error = error
            return result
        } catch {
            var result = PubMedReadResult(file: url.path)
            result.error = .unreadable(file: url.path, reason: String(describing: error))
            return result
        }
    }

    /// All articles and books of a file, in document order.
    /// - Throws: ``PubMedError`` at the first error (use ``read(contentsOf:)`` to keep what came before).
    public static func records(contentsOf url: URL) throws -> [Record] {
        let result = read(contentsOf: url)
        if let error = result.error { throw error }
        return result.records
    }

    /// All articles and books of XML held in memory.
    public static func records(data: Data, name: String = "<data>") throws -> [Record] {
        let result = readAll(try PubMedReader(data: data, name: name))
        if let error = result.error { throw error }
        return result.records
    }
}
