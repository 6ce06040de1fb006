import CLibXML2

extension XMLCursor {
    /// Calls `body` with the local name of each child element of the current element, then leaves
    /// the cursor on the element's end; a child `body` does not consume is skipped whole. For
    /// readers of other XML formats, which name elements by string.
    package func forEachChildElement(_ body: (String) throws -> Void) throws {
        try forEachChild { _ in try body(localName) }
    }

    /// The current element's local name.
    package var localName: String {
        xmlTextReaderConstLocalName(readerPointer).map { String(cString: $0) } ?? ""
    }

    /// Walks the current element's content in document order: `start` with each descendant
    /// element's local name (attributes readable from the cursor then), `text` with each run of
    /// text, `end` after each descendant element. Leaves the cursor on the element's end.
    package func walkContent(start: (String) throws -> Void, text: (String) -> Void, end: (String) -> Void) throws {
        if isEmptyElement { return }
        let elementDepth = depth
        var open: [String] = []
        while try read() {
            switch nodeType {
            case LibXML.text, LibXML.cdata, LibXML.whitespace, LibXML.significantWhitespace:
                if let value = valuePointer { text(String(cString: value)) }
            case LibXML.element:
                let name = localName
                try start(name)
                if isEmptyElement { end(name) } else { open.append(name) }
            case LibXML.endElement:
                if depth == elementDepth { return }
                if let name = open.popLast() { end(name) }
            default:
                break
            }
        }
        throw PubMedError.malformed(file: file, line: line, column: column, message: "the document ends inside an element")
    }
}

extension XMLCursor {
    /// Moves to the document's root element; `false` when the document holds none.
    package func moveToRootElement() throws -> Bool {
        while try read() {
            if nodeType == LibXML.element { return true }
        }
        return false
    }
}

extension XMLCursor {
    /// The line of the current node itself (``line`` is where the parser has read to, often ahead).
    package var nodeLine: Int {
        guard let node = xmlTextReaderCurrentNode(readerPointer) else { return line }
        let number = Int(xmlGetLineNo(node))
        return number > 0 ? number : line
    }
}
