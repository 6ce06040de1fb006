import CLibXML2
import Foundation

/// A forward-only position in an XML document, over libxml2's `xmlTextReader`.
///
/// libxml2 frees each subtree once the reader has moved past it, so memory stays flat however
/// large the file. Element names are compared as interned pointers (see ``Tag``).
package final class XMLCursor {
    package let file: String
    private let reader: OpaquePointer
    var readerPointer: OpaquePointer { reader }
    private let sink = ErrorSink()
    private var tags = TagTable()
    /// Bytes handed to `xmlReaderForMemory`, which reads them in place.
    private var ownedBuffer: UnsafeMutableRawBufferPointer?
    /// Reused for collecting text, so most fields cost one allocation (the final String).
    var scratch: [UInt8] = []
    /// How much of each record to map.
    var detail: PubMedReader.Detail = .full
    /// The current node's reader type, read once per move.
    private(set) var nodeType: Int32 = 0
    /// A fast skip has already moved to the next node; the next ``read()`` returns it.
    private var pending = false
    /// The document `xmlTextReaderCurrentDoc` handed over: after that call the reader no longer
    /// frees it, so the cursor must (it leaked a document and its dictionary per file before).
    private var document: xmlDocPtr?

    private init(reader: OpaquePointer, file: String, buffer: UnsafeMutableRawBufferPointer? = nil) {
        citekit_silenceGenericErrors()
        self.reader = reader
        self.file = file
        self.ownedBuffer = buffer
        xmlTextReaderSetStructuredErrorHandler(reader, ErrorSink.callback, Unmanaged.passUnretained(sink).toOpaque())
        for tag in Tag.allCases where tag != .other {
            if let interned = xmlTextReaderConstString(reader, tag.xmlName) { tags.insert(interned, tag) }
        }
        scratch.reserveCapacity(4096)
    }

    deinit {
        xmlFreeTextReader(reader)
        if let document { xmlFreeDoc(document) }
        ownedBuffer?.deallocate()
    }

    /// Opens a file; `.gz` files are decompressed transparently.
    convenience init(contentsOf url: URL) throws {
        _ = LibXML.initialized
        let path = url.path
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw PubMedError.unreadable(file: path, reason: String(cString: strerror(errno)))
        }
        guard (status.st_mode & S_IFMT) != S_IFDIR else {
            throw PubMedError.unreadable(file: path, reason: "it is a directory")
        }
        guard access(path, R_OK) == 0, let reader = xmlReaderForFile(path, nil, LibXML.parseOptions) else {
            throw PubMedError.unreadable(file: path, reason: String(cString: strerror(errno)))
        }
        self.init(reader: reader, file: path)
    }

    /// Reads XML held in memory.
    package convenience init(data: Data, name: String) throws {
        _ = LibXML.initialized
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: buffer)
        let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
        guard let reader = xmlReaderForMemory(base, Int32(clamping: data.count), name, nil, LibXML.parseOptions) else {
            buffer.deallocate()
            throw PubMedError.unreadable(file: name, reason: "libxml2 could not create a reader")
        }
        self.init(reader: reader, file: name, buffer: buffer)
    }

    /// Reads one part of a file (see ``FileSegments``); messages name the whole file.
    convenience init(url: URL, segment: FileSegments.Segment) throws {
        _ = LibXML.initialized
        guard let input = SegmentInput(url: url, segment: segment) else {
            throw PubMedError.unreadable(file: url.path, reason: String(cString: strerror(errno)))
        }
        let context = Unmanaged.passRetained(input).toOpaque()
        guard let reader = xmlReaderForIO(SegmentInput.readCallback, SegmentInput.closeCallback, context, url.path, nil, LibXML.parseOptions) else {
            throw PubMedError.unreadable(file: url.path, reason: "libxml2 could not create a reader")
        }
        self.init(reader: reader, file: url.path)
    }

    /// Reads XML from an open file descriptor (standard input), streaming.
    convenience init(fileDescriptor: Int32, name: String) throws {
        _ = LibXML.initialized
        guard let reader = xmlReaderForFd(fileDescriptor, name, nil, LibXML.parseOptions) else {
            throw PubMedError.unreadable(file: name, reason: "libxml2 could not create a reader")
        }
        self.init(reader: reader, file: name)
    }

    // MARK: - Moving

    /// Moves to the next node. Returns `false` at the end of the document.
    /// - Throws: ``PubMedError`` when libxml2 reports a fatal error, or at an entity reference.
    @discardableResult
    package func read() throws -> Bool {
        if pending {
            pending = false
            return true
        }
        return try settle(xmlTextReaderRead(reader))
    }

    /// Records the node a move landed on, or turns a failed move into an error.
    private func settle(_ status: Int32) throws -> Bool {
        if status == 1 {
            let type = currentNodeType()
            nodeType = type
            if type == LibXML.entityReference || type == LibXML.documentType { try checkEntities(type) }
            return true
        }
        nodeType = 0
        if status < 0 { throw currentError() }
        // libxml2 can stop at a resource limit and report the end of input; the sink knows.
        if let captured = sink.first, captured.fatal { throw error(from: captured) }
        return false
    }

    /// Refuses entity references and DTDs that declare entities, before anything uses them.
    private func checkEntities(_ type: Int32) throws {
        if type == LibXML.entityReference {
            throw PubMedError.forbiddenEntity(file: file, line: line, column: column, name: currentName)
        }
        guard let doc = document ?? xmlTextReaderCurrentDoc(reader) else { return }
        document = doc
        for subset in [doc.pointee.intSubset, doc.pointee.extSubset] {
            if let dtd = subset, dtd.pointee.entities != nil || dtd.pointee.pentities != nil {
                throw PubMedError.forbiddenEntity(
                    file: file, line: line, column: column, name: firstEntityName(dtd) ?? "?")
            }
        }
    }

    private func firstEntityName(_ dtd: xmlDtdPtr) -> String? {
        var child = dtd.pointee.children
        while let node = child {
            if node.pointee.type == XML_ENTITY_DECL, let name = node.pointee.name { return String(cString: name) }
            child = node.pointee.next
        }
        return nil
    }

    /// The reader type of the current node. `xmlTextReaderNodeType` tells blank text from other
    /// text by walking the ancestors for `xml:space`, for every indentation node; the mapping
    /// treats all text alike, so the node's own type is read instead, except for elements
    /// (start or end).
    private func currentNodeType() -> Int32 {
        guard let node = xmlTextReaderCurrentNode(reader) else { return xmlTextReaderNodeType(reader) }
        switch node.pointee.type {
        case XML_TEXT_NODE: return LibXML.text
        case XML_CDATA_SECTION_NODE: return LibXML.cdata
        default: return xmlTextReaderNodeType(reader)
        }
    }

    private func currentError() -> PubMedError {
        if let captured = sink.first { return error(from: captured) }
        return .malformed(file: file, line: line, column: column, message: "the XML parser stopped")
    }

    private func error(from captured: ErrorSink.Captured) -> PubMedError {
        .malformed(
            file: file, line: captured.line > 0 ? captured.line : line,
            column: captured.column > 0 ? captured.column : column, message: captured.message)
    }

    // MARK: - The current node

    var depth: Int32 { xmlTextReaderDepth(reader) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    package var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }
    package var column: Int { Int(xmlTextReaderGetParserColumnNumber(reader)) }

    /// The current element's tag, or `.other` for names the mapping does not use.
    var tag: Tag {
        guard let name = xmlTextReaderConstLocalName(reader) else { return .other }
        return tags.lookup(name)
    }

    /// The current node's qualified name as a String (for messages only).
    package var currentName: String {
        xmlTextReaderConstName(reader).map { String(cString: $0) } ?? ""
    }

    /// The current node's text value, without copying it out of libxml2.
    var valuePointer: UnsafePointer<xmlChar>? { xmlTextReaderConstValue(reader) }

    /// An attribute of the current element, whitespace-trimmed; `nil` when absent or empty.
    package func attribute(_ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { citekit_xmlFreeChar(value) }
        scratch.removeAll(keepingCapacity: true)
        appendBytes(of: value)
        return takeScratch()
    }

    /// Whether an attribute has the given ASCII value ("Y", "N"), without building a String.
    func attribute(_ name: String, is expected: StaticString) -> Bool {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return false }
        defer { citekit_xmlFreeChar(value) }
        return strcmp(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(expected.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    // MARK: - Structure

    /// Calls `body` for each child element of the current element, then leaves the cursor on
    /// the element's end. A child that `body` does not consume is skipped whole.
    func forEachChild(_ body: (Tag) throws -> Void) throws {
        if isEmptyElement { return }
        let parentDepth = depth
        while try read() {
            let type = nodeType
            if type == LibXML.element {
                let childDepth = parentDepth + 1
                try body(tag)
                if nodeType == LibXML.element, depth == childDepth, !isEmptyElement { try skipSubtree() }
            } else if type == LibXML.endElement, depth == parentDepth {
                return
            }
        }
        throw currentError()
    }

    /// Skips the current element (positioned on its start tag) inside libxml2, without a Swift
    /// step per node, and moves to the node after it; the next ``read()`` returns that node.
    func skipSubtree() throws {
        if isEmptyElement { return }
        if try settle(xmlTextReaderNext(reader)) { pending = true }
    }

    /// Skips the rest of the current element (positioned on its start tag), leaving the cursor on its end.
    func skipToEnd() throws {
        if isEmptyElement { return }
        let elementDepth = depth
        while try read() {
            if nodeType == LibXML.endElement, depth == elementDepth { return }
        }
        throw currentError()
    }

    // MARK: - Byte helpers

    func appendBytes(of pointer: UnsafePointer<xmlChar>) {
        let length = strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        scratch.append(contentsOf: UnsafeBufferPointer(start: pointer, count: length))
    }

    /// Builds a String from `scratch`, with runs of XML whitespace collapsed and the ends
    /// trimmed; `nil` when nothing is left.
    func takeScratch() -> String? {
        scratch.withUnsafeMutableBufferPointer { buffer -> String? in
            let count = buffer.count
            guard count > 0 else { return nil }
            // Most text is already normal: single spaces inside, none at the ends.
            var normal = buffer[0] != 0x20 && buffer[count - 1] != 0x20
            var previousSpace = false
            var i = 0
            while normal, i < count {
                let byte = buffer[i]
                if byte <= 0x20 {
                    if byte != 0x20 || previousSpace { normal = false }
                    previousSpace = true
                } else {
                    previousSpace = false
                }
                i += 1
            }
            if normal { return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self) }
            var out = 0
            var pendingSpace = false
            for i in 0..<buffer.count {
                let byte = buffer[i]
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    pendingSpace = out > 0
                } else {
                    if pendingSpace {
                        buffer[out] = 0x20
                        out += 1
                        pendingSpace = false
                    }
                    buffer[out] = byte
                    out += 1
                }
            }
            guard out > 0 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<out]), as: UTF8.self)
        }
    }
}

extension XMLCursor {
    /// Bytes of (decompressed) input libxml2 has consumed so far.
    var bytesConsumed: Int64 { Int64(xmlTextReaderByteConsumed(readerPointer)) }
}
