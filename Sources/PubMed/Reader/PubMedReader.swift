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

    /// How much of each record the reader maps.
    public enum Detail: Sendable {
        /// Every field of the mapping (the default).
        case full
        /// What counting needs: identifiers (PMID, DOI, PMCID, article ids), status, publication
        /// types, comments and corrections, and the abstract as plain text; every other element of
        /// a journal article (titles, journal, pages, dates, authors, MeSH, reference lists...) is
        /// skipped inside libxml2. Books are mapped in full. For counting with records at hand.
        case summary
    }

    /// Opens a file (`.gz` is decompressed transparently).
    /// - Throws: ``PubMedError/unreadable(file:reason:)`` when it cannot be opened.
    public init(contentsOf url: URL, detail: Detail = .full) throws {
        cursor = try XMLCursor(contentsOf: url)
        cursor.detail = detail
    }

    /// Reads XML held in memory; `name` is used in error messages.
    public init(data: Data, name: String = "<data>", detail: Detail = .full) throws {
        cursor = try XMLCursor(data: data, name: name)
        cursor.detail = detail
    }

    /// Reads XML from standard input, streaming.
    public static func standardInput() throws -> PubMedReader {
        try PubMedReader(cursor: XMLCursor(fileDescriptor: FileHandle.standardInput.fileDescriptor, name: "<stdin>"))
    }

    private init(cursor: XMLCursor) {
        self.cursor = cursor
    }

    /// Where a part of a file starts, to report positions in the whole file.
    private var segment: (url: URL, offset: Int64, prefixLength: Int)?

    /// A reader over one part of a partitioned file (see ``PubMedPartition``).
    public convenience init(_ partition: PubMedPartition, part index: Int, detail: Detail = .full) throws {
        guard let segments = partition.segments else {
            try self.init(contentsOf: partition.url, detail: detail)
            return
        }
        let segment = segments[index]
        self.init(cursor: try XMLCursor(url: partition.url, segment: segment))
        cursor.detail = detail
        self.segment = (partition.url, segment.offset, segment.prefix.count)
    }

    /// An error with its position moved from the part to the whole file.
    private func positionedInFile(_ error: PubMedError) -> PubMedError {
        guard let segment, segment.offset > 0 else { return error }
        let base = FileSegments.position(of: segment.offset, in: segment.url)
        func map(_ line: Int, _ column: Int) -> (Int, Int) {
            line <= 1 ? (base.line, base.column + max(column - 1 - segment.prefixLength, 0)) : (base.line + line - 1, column)
        }
        switch error {
        case .malformed(let file, let line, let column, let message):
            let (l, c) = map(line, column)
            return .malformed(file: file, line: l, column: c, message: message)
        case .forbiddenEntity(let file, let line, let column, let name):
            let (l, c) = map(line, column)
            return .forbiddenEntity(file: file, line: l, column: c, name: name)
        case .notPubMed(let file, let line, let column, let root):
            let (l, c) = map(line, column)
            return .notPubMed(file: file, line: l, column: c, root: root)
        case .unreadable, .empty:
            return error
        }
    }

    /// The file name used in messages.
    public var file: String { cursor.file }

    /// The next entry, or `nil` at the end of the document.
    /// - Throws: ``PubMedError`` naming the file, line and column; the reader is then finished.
    public func next() throws -> PubMedEntry? {
        do {
            return try advance()
        } catch let error as PubMedError {
            state = .finished
            throw positionedInFile(error)
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
            try cursor.skipSubtree()
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
