import CLibXML2
import Foundation

/// Counts a PubMed file for `cite stats` with libxml2's SAX2 interface: no tree is built and no
/// record is mapped, only what ``PubMedStats`` reports is tracked. It follows the mapping's rules
/// (tested against ``PubMedReader`` on every real file): a record counts once its end tag is read;
/// abstracts are AbstractText elements with text or a label; the DOI comes from the record's own
/// ArticleIdList or a valid ELocationID; retraction from publication types and RetractionIn links.
final class SAXCounter {
    private(set) var stats = PubMedStats()
    private let sink = ErrorSink()
    private var forbidden: PubMedError?
    private var context: xmlParserCtxtPtr?
    private var tags = TagTable()
    private let file: String

    // Element path as tags, and the state of the record being read.
    private var path: [Tag] = []
    private var recordDepth = -1
    private var recordIsBook = false
    private var hasAbstract = false
    private var hasDOI = false
    private var retracted = false
    private var publicationTypes: [String] = []
    private var deletions = 0
    /// Collecting the text of a PublicationType, or watching an AbstractText/ArticleId/ELocationID for text.
    private var collecting: Tag = .other
    private var collected: [UInt8] = []
    private var rootSeen = false
    private var pmidHasText = false

    /// Called with the bytes consumed every 1024 records.
    private var progress: ((Int64) -> Void)?

    private init(file: String, progress: ((Int64) -> Void)? = nil) {
        self.file = file
        self.progress = progress
    }

    /// Counts a whole file (plain or gzipped).
    static func count(url: URL, progress: ((Int64) -> Void)? = nil) -> PubMedStats {
        let counter = SAXCounter(file: url.path, progress: progress)
        _ = LibXML.initialized
        citekit_silenceGenericErrors()
        guard let ctxt = xmlCreateURLParserCtxt(url.path, LibXML.parseOptions) else {
            return counter.failed(.unreadable(file: url.path, reason: "cannot open the file"))
        }
        return counter.run(ctxt)
    }

    /// Counts one part of a partitioned file.
    static func count(_ partition: PubMedPartition, part: Int, progress: ((Int64) -> Void)? = nil) -> PubMedStats {
        guard let segments = partition.segments else { return count(url: partition.url, progress: progress) }
        let counter = SAXCounter(file: partition.url.path, progress: progress)
        _ = LibXML.initialized
        citekit_silenceGenericErrors()
        guard let input = SegmentInput(url: partition.url, segment: segments[part]) else {
            return counter.failed(.unreadable(file: partition.url.path, reason: String(cString: strerror(errno))))
        }
        let io = Unmanaged.passRetained(input).toOpaque()
        guard let ctxt = xmlCreateIOParserCtxt(nil, nil, SegmentInput.readCallback, SegmentInput.closeCallback, io, XML_CHAR_ENCODING_NONE) else {
            return counter.failed(.unreadable(file: partition.url.path, reason: "libxml2 could not create a parser"))
        }
        _ = xmlCtxtUseOptions(ctxt, LibXML.parseOptions)
        return counter.run(ctxt)
    }

    private func failed(_ error: PubMedError) -> PubMedStats {
        stats.errors.append(error.description)
        return stats
    }

    private func run(_ ctxt: xmlParserCtxtPtr) -> PubMedStats {
        defer {
            // An entity declaration makes libxml2 create a document to hold it (`myDoc`, with a "fake"
            // internal subset) even for SAX; freeing the context does not free it.
            if let document = ctxt.pointee.myDoc {
                xmlFreeDoc(document)
                ctxt.pointee.myDoc = nil
            }
            xmlFreeParserCtxt(ctxt)
        }
        context = ctxt
        for tag in Tag.allCases where tag != .other {
            if let name = xmlDictLookup(ctxt.pointee.dict, tag.xmlName, -1) { tags.insert(name, tag) }
        }
        ctxt.pointee.sax.pointee = Self.makeHandler()
        ctxt.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
        xmlParseDocument(ctxt)
        if let forbidden {
            stats.errors.append(forbidden.description)
        } else if let captured = sink.first, captured.fatal || ctxt.pointee.wellFormed == 0 {
            let error = PubMedError.malformed(file: file, line: captured.line, column: captured.column, message: captured.message)
            stats.errors.append(error.description)
        } else if ctxt.pointee.wellFormed == 0 {
            stats.errors.append(PubMedError.malformed(file: file, line: 0, column: 0, message: "the document is not well-formed").description)
        } else if !rootSeen {
            stats.errors.append(PubMedError.empty(file: file).description)
        }
        stats.deletions = deletions
        return stats
    }

    private func stop(_ error: PubMedError) {
        if forbidden == nil { forbidden = error }
        if let context { xmlStopParser(context) }
    }

    private var line: Int { context.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) } ?? 0 }
    private var column: Int { context.map { Int(xmlSAX2GetColumnNumber(UnsafeMutableRawPointer($0))) } ?? 0 }

    // MARK: - Events

    private func start(_ name: UnsafePointer<xmlChar>, _ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        let tag = tags.lookup(name)
        let depth = path.count
        defer { path.append(tag) }
        if !rootSeen {
            rootSeen = true
            switch tag {
            case .pubmedArticleSet, .medlineCitationSet, .pubmedBookArticleSet, .bookDocumentSet: return
            case .pubmedArticle, .pubmedBookArticle, .medlineCitation, .bookDocument: break
            default:
                return stop(.notPubMed(file: file, line: line, column: column, root: String(cString: name)))
            }
        }
        if recordDepth < 0 {
            if tag == .pmid, path.last == .deleteCitation || path.last == .deleteDocument {
                collecting = .pmid
                pmidHasText = false
                return
            }
            guard depth <= 1 else { return }
            switch tag {
            case .pubmedArticle, .medlineCitation: beginRecord(depth, book: false)
            case .pubmedBookArticle, .bookDocument: beginRecord(depth, book: true)
            default: break
            }
            return
        }
        let parent = path.last ?? .other
        switch tag {
        case .abstractText where parent == .abstract && path.count >= 2 && path[path.count - 2] != .otherAbstract:
            if let label = attribute("Label", count, attributes), !label.isEmpty { hasAbstract = true }
            collecting = .abstractText
        case .publicationType where parent == .publicationTypeList || parent == .bookDocument:
            collecting = .publicationType
            collected.removeAll(keepingCapacity: true)
        case .articleId where parent == .articleIdList && isRecordIDList:
            if attribute("IdType", count, attributes)?.lowercased() == "doi" { collecting = .articleId }
        case .eLocationID where parent == .article || parent == .book:
            if attribute("EIdType", count, attributes)?.lowercased() == "doi", attribute("ValidYN", count, attributes) != "N" {
                collecting = .eLocationID
            }
        case .commentsCorrections where parent == .commentsCorrectionsList:
            if attribute("RefType", count, attributes) == "RetractionIn" { retracted = true }
        default:
            break
        }
    }

    /// The ArticleIdList of the record itself (PubmedData, PubmedBookData or BookDocument), not a reference's.
    private var isRecordIDList: Bool {
        guard path.count >= 2 else { return false }
        let grandparent = path[path.count - 2]
        return grandparent == .pubmedData || grandparent == .pubmedBookData || grandparent == .bookDocument
    }

    private func end() {
        guard let tag = path.popLast() else { return }
        if tag == collecting {
            if tag == .publicationType, let name = normalized(collected) {
                publicationTypes.append(name)
                if name.caseInsensitiveCompare("Retracted Publication") == .orderedSame { retracted = true }
            }
            if tag == .pmid, pmidHasText { deletions += 1 }
            collecting = .other
        }
        if path.count == recordDepth { endRecord() }
    }

    private func characters(_ text: UnsafePointer<xmlChar>, _ length: Int) {
        guard collecting != .other else { return }
        let buffer = UnsafeBufferPointer(start: text, count: length)
        switch collecting {
        case .publicationType: collected.append(contentsOf: buffer)
        case .abstractText: if buffer.contains(where: { $0 > 0x20 }) { hasAbstract = true }
        case .articleId, .eLocationID: if buffer.contains(where: { $0 > 0x20 }) { hasDOI = true }
        case .pmid: if buffer.contains(where: { $0 > 0x20 }) { pmidHasText = true }
        default: break
        }
    }

    private func beginRecord(_ depth: Int, book: Bool) {
        recordDepth = depth
        recordIsBook = book
        hasAbstract = false
        hasDOI = false
        retracted = false
        publicationTypes.removeAll(keepingCapacity: true)
    }

    private func endRecord() {
        recordDepth = -1
        if recordIsBook { stats.books += 1 } else { stats.articles += 1 }
        if hasAbstract { stats.withAbstract += 1 }
        if hasDOI { stats.withDOI += 1 }
        if retracted { stats.retracted += 1 }
        for type in publicationTypes { stats.publicationTypes[type, default: 0] += 1 }
        if let progress, let context, stats.records & 1023 == 0 { progress(Int64(xmlByteConsumed(context))) }
    }

    private func normalized(_ bytes: [UInt8]) -> String? {
        let words = bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D })
        guard !words.isEmpty else { return nil }
        return words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    /// A SAX2 attribute value (attributes come as localname, prefix, URI, value start, value end).
    private func attribute(_ name: StaticString, _ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> String? {
        guard let attributes else { return nil }
        for i in 0..<count {
            guard let local = attributes[i * 5], let start = attributes[i * 5 + 3], let end = attributes[i * 5 + 4] else { continue }
            if strcmp(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self), UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0 {
                let value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
                return value.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return nil
    }

    // MARK: - The C handler

    private static func counter(_ context: UnsafeMutableRawPointer?) -> SAXCounter? {
        context.map { Unmanaged<SAXCounter>.fromOpaque($0).takeUnretainedValue() }
    }

    private static func makeHandler() -> xmlSAXHandler {
        var h = xmlSAXHandler()
        h.initialized = UInt32(XML_SAX2_MAGIC)
        h.startElementNs = { context, localname, _, _, _, _, count, _, attributes in
            guard let counter = SAXCounter.counter(context), let localname else { return }
            counter.start(localname, Int(count), attributes)
        }
        h.endElementNs = { context, _, _, _ in SAXCounter.counter(context)?.end() }
        h.characters = { context, text, length in
            guard let text else { return }
            SAXCounter.counter(context)?.characters(text, Int(length))
        }
        h.cdataBlock = h.characters
        h.reference = { context, name in
            guard let counter = SAXCounter.counter(context) else { return }
            counter.stop(.forbiddenEntity(file: counter.file, line: counter.line, column: counter.column, name: name.map { String(cString: $0) } ?? "?"))
        }
        h.entityDecl = { context, name, _, _, _, _ in
            guard let counter = SAXCounter.counter(context) else { return }
            counter.stop(.forbiddenEntity(file: counter.file, line: counter.line, column: counter.column, name: name.map { String(cString: $0) } ?? "?"))
        }
        h.serror = { context, error in
            guard let counter = SAXCounter.counter(context), let error else { return }
            counter.sink.record(error)
        }
        return h
    }
}
