import CLibXML2
import Foundation

/// The parts of an ESearch answer (`eSearchResult`) a resolver reads.
public struct SearchAnswer: Sendable, Hashable {
    /// Matching records in all.
    public var count: Int
    /// The PMIDs returned, best first.
    public var ids: [String]

    /// Reads an `eSearchResult` document with libxml2, without network access, DTD loading or
    /// entity substitution (libxml2 rather than Foundation's XMLParser, whose library costs every
    /// `cite` start-up its loading time).
    /// - Throws: ``ResolveError/invalidAnswer(url:reason:)`` for anything but an eSearchResult,
    ///   ``ResolveError/serviceError(url:message:)`` for an `<ERROR>` inside one.
    static func parse(_ data: Data, url: String) throws -> SearchAnswer {
        guard !data.isEmpty else { throw ResolveError.invalidAnswer(url: url, reason: "empty body where an eSearchResult was expected") }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue)
        let document: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(clamping: raw.count), url, nil, options)
        }
        guard let document else {
            var reason = "not well-formed XML"
            if let error = xmlGetLastError() {
                reason += " at line \(error.pointee.line), column \(error.pointee.int2)"
            }
            throw ResolveError.invalidAnswer(url: url, reason: reason)
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), name(of: root) == "eSearchResult" else {
            let found = xmlDocGetRootElement(document).map(name(of:)) ?? "none"
            throw ResolveError.invalidAnswer(url: url, reason: "root element <\(found)>, expected <eSearchResult>")
        }
        var count: Int?
        var ids: [String] = []
        for child in elements(under: root) {
            switch name(of: child) {
            case "Count": count = Int(text(of: child))
            case "IdList": ids = elements(under: child).filter { name(of: $0) == "Id" }.map(text(of:))
            case "ERROR": throw ResolveError.serviceError(url: url, message: text(of: child))
            default: break
            }
        }
        guard let count else { throw ResolveError.invalidAnswer(url: url, reason: "eSearchResult without <Count>") }
        return SearchAnswer(count: count, ids: ids)
    }

    private static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func elements(under node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    private static func text(of node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { citekit_xmlFreeChar(content) }
        return String(cString: content).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
