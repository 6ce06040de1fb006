import Bibliography
import Foundation

/// A streaming reader of PubMed / MEDLINE XML: one ``PubMedEntry`` at a time, in document order,
/// in constant memory.
///
/// Reads `PubmedArticleSet` (efetch, baseline and update files), `MedlineCitationSet` (MEDLINE
/// files before 2017), `PubmedBookArticleSet`, `BookDocumentSet`, and files holding a single
/// record. Plain or gzipped files, data in memory and standard input are accepted.
///
/// ```swift
/// let reader = try PubMedReader(contentsOf: url)
/// while let entry = try reader.next() { ... }
/// ```
///
/// A record is handed out only once it has been read whole: when ``next()`` throws, every entry
/// returned before stays valid and no partial record is returned. The reader is not thread-safe;
/// use one per file.
public final class PubMedReader {
    private let cursor: XMLCursor
    private var state = State.start
    private var rootDepth: Int32 = 0

    private enum State {
        case start
        /// Inside a set element: records are its children.
        case inSet
        /// The root is itself a record, to be read next.
        case singleRecord
        case finished
    }

    /// Opens a file (`.gz` is decompressed transparently).
    /// - Throws: ``PubMedError/unreadable(file:reason:)`` when it cannot be opened.
    public init(contentsOf url: URL) throws {
        cursor = try XMLCursor(contentsOf: url)
    }

    /// Reads XML held in memory; `name` is used in error messages.
    public init(data: Data, name: String = "<data>") throws {
        cursor = try XMLCursor(data: data, name: name)
    }

    /// Reads XML from standard input, streaming.
    public static func standardInput() throws -> PubMedReader {
        try PubMedReader(cursor: XMLCursor(fileDescriptor: FileHandle.standardInput.fileDescriptor, name: "<stdin>"))
    }

    private init(cursor: XMLCursor) {
        self.cursor = cursor
    }

    /// The file name used in messages.
    public var file: String { cursor.file }

    /// The next entry, or `nil` at the end of the document.
    /// - Throws: ``PubMedError`` naming the file, line and column; the reader is then finished.
    public func next() throws -> PubMedEntry? {
        do {
            return try advance()
        } catch {
            state = .finished
            throw error
        }
    }

    private func advance() throws -> PubMedEntry? {
        if state == .start { try findRoot() }
        switch state {
        case .start, .finished:
            return nil
        case .singleRecord:
            let entry = try readRecord(cursor.tag)
            state = .finished
            try drain()
            return entry
        case .inSet:
            while try cursor.read() {
                let type = cursor.nodeType
                if type == LibXML.element {
                    if let entry = try readRecord(cursor.tag) { return entry }
                } else if type == LibXML.endElement, cursor.depth == rootDepth {
                    state = .finished
                    try drain()
                    return nil
                }
            }
            throw PubMedError.malformed(
                file: cursor.file, line: cursor.line, column: cursor.column,
                message: "the document ends before its root element is closed")
        }
    }

    private func findRoot() throws {
        while try cursor.read() {
            guard cursor.nodeType == LibXML.element else { continue }
            rootDepth = cursor.depth
            switch cursor.tag {
            case .pubmedArticleSet, .medlineCitationSet, .pubmedBookArticleSet, .bookDocumentSet:
                state = .inSet
                if cursor.isEmptyElement {
                    state = .finished
                    try drain()
                }
            case .pubmedArticle, .pubmedBookArticle, .medlineCitation, .bookDocument:
                state = .singleRecord
            default:
                throw PubMedError.notPubMed(
                    file: cursor.file, line: cursor.line, column: cursor.column, root: cursor.currentName)
            }
            return
        }
        throw PubMedError.empty(file: cursor.file)
    }

    /// Reads the record or deletion list the cursor is on; `nil` (after skipping it) for
    /// elements that are neither.
    private func readRecord(_ tag: Tag) throws -> PubMedEntry? {
        switch tag {
        case .pubmedArticle: return .article(try ArticleMapper.pubmedArticle(cursor))
        case .medlineCitation: return .article(try ArticleMapper.bareCitation(cursor))
        case .pubmedBookArticle: return .book(try BookMapper.pubmedBookArticle(cursor))
        case .bookDocument: return .book(try BookMapper.bareBookDocument(cursor))
        case .deleteCitation, .deleteDocument:
            var pmids: [String] = []
            try cursor.forEachChild { child in
                if child == .pmid, let pmid = try cursor.text() { pmids.append(pmid) }
            }
            return .deleted(pmids)
        default:
            try cursor.skipToEnd()
            return nil
        }
    }

    /// Reads to the end so that errors after the root (trailing garbage, truncation) surface.
    private func drain() throws {
        while try cursor.read() {}
    }
}

extension PubMedReader {
    /// Bytes of input consumed so far (after decompression), for progress reports.
    public var bytesConsumed: Int64 { cursor.bytesConsumed }
}
