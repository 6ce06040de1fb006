import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of an ESearch answer (`eSearchResult`) a resolver reads.
public struct SearchAnswer: Sendable, Hashable {
    /// Matching records in all.
    public var count: Int
    /// The PMIDs returned, best first.
    public var ids: [String]

    /// Reads an `eSearchResult` document; Foundation's parser never loads DTDs or external entities.
    /// - Throws: ``ResolveError/invalidAnswer(url:reason:)`` for anything but an eSearchResult,
    ///   ``ResolveError/serviceError(url:message:)`` for an `<ERROR>` inside one.
    static func parse(_ data: Data, url: String) throws -> SearchAnswer {
        guard !data.isEmpty else { throw ResolveError.invalidAnswer(url: url, reason: "empty body where an eSearchResult was expected") }
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse() else {
            let line = parser.lineNumber, column = parser.columnNumber
            throw ResolveError.invalidAnswer(url: url, reason: "not well-formed XML at line \(line), column \(column)")
        }
        guard delegate.root == "eSearchResult" else {
            throw ResolveError.invalidAnswer(url: url, reason: "root element <\(delegate.root ?? "none")>, expected <eSearchResult>")
        }
        if let error = delegate.error { throw ResolveError.serviceError(url: url, message: error) }
        guard let count = delegate.count else { throw ResolveError.invalidAnswer(url: url, reason: "eSearchResult without <Count>") }
        return SearchAnswer(count: count, ids: delegate.ids)
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var root: String?
        var path: [String] = []
        var text = ""
        var count: Int?
        var ids: [String] = []
        var error: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if root == nil { root = name }
            path.append(name)
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let parent = path.count >= 2 ? path[path.count - 2] : nil
            switch name {
            case "Count" where parent == "eSearchResult": count = Int(value)
            case "Id" where parent == "IdList": ids.append(value)
            case "ERROR": error = value
            default: break
            }
            path.removeLast()
            text = ""
        }
    }
}
