import CLibXML2

/// Process-wide libxml2 setup and the options every PubMed parse uses.
enum LibXML {
    /// Runs `xmlInitParser` exactly once, before any thread parses (libxml2 requires it).
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parser options for untrusted input.
    ///
    /// `NONET` forbids network access; no `DTDLOAD`, `NOENT` or `DTDATTR`, so no DTD is read and no
    /// entity is substituted; `COMPACT` stores short text nodes inline. `HUGE` is deliberately
    /// absent: it would lift libxml2's limits on depth, text node size and entity amplification,
    /// which are the defence against hostile files.
    static let parseOptions: Int32 = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue)

    static let element = Int32(XML_READER_TYPE_ELEMENT.rawValue)
    static let endElement = Int32(XML_READER_TYPE_END_ELEMENT.rawValue)
    static let text = Int32(XML_READER_TYPE_TEXT.rawValue)
    static let cdata = Int32(XML_READER_TYPE_CDATA.rawValue)
    static let whitespace = Int32(XML_READER_TYPE_WHITESPACE.rawValue)
    static let significantWhitespace = Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue)
    static let entityReference = Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue)
    static let documentType = Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue)
}
