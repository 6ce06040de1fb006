import Bibliography
import Foundation
import PubMed

/// The records of an EFetch answer, each with its own `<PubmedArticle>` bytes.
public struct FetchedArticles: Sendable {
    /// The records in document order, with their raw XML.
    public var records: [(record: Record, raw: Data?)]
    /// The request that returned them.
    public var url: String

    /// Reads a `PubmedArticleSet` answer.
    /// - Throws: ``ResolveError/invalidAnswer(url:reason:)`` for an empty body, an HTML page,
    ///   another root, or XML cut short; ``ResolveError/serviceError(url:message:)`` for `<ERROR>`.
    static func parse(_ data: Data, url: String) throws -> FetchedArticles {
        let text = String(decoding: data.prefix(4096), as: UTF8.self)
        let head = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !head.isEmpty else { throw ResolveError.invalidAnswer(url: url, reason: "empty body where a PubmedArticleSet was expected") }
        if head.hasPrefix("<ERROR>") || head.contains("<eFetchResult") {
            let message = head.components(separatedBy: "<ERROR>").dropFirst().first?.components(separatedBy: "</ERROR>").first ?? head
            throw ResolveError.serviceError(url: url, message: String(message.prefix(200)))
        }
        let records: [Record]
        do {
            records = try PubMedReader.records(data: data, name: url)
        } catch let error as PubMedError {
            throw ResolveError.invalidAnswer(url: url, reason: error.reason)
        }
        guard Self.closesSet(data) else {
            throw ResolveError.invalidAnswer(url: url, reason: "the answer ends before </PubmedArticleSet>")
        }
        let raws = ArticleBytes.split(data)
        return FetchedArticles(records: records.map { record in
            (record, record.item.pmid.flatMap { raws[$0] })
        }, url: url)
    }

    private static func closesSet(_ data: Data) -> Bool {
        let tail = String(decoding: data.suffix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return tail.hasSuffix("</PubmedArticleSet>") || tail.hasSuffix("<PubmedArticleSet/>")
    }
}
