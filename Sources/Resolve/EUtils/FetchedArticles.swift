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
        let raws = RawArticleSplitter.split(data)
        return FetchedArticles(records: records.map { record in
            (record, record.item.pmid.flatMap { raws[$0] })
        }, url: url)
    }

    private static func closesSet(_ data: Data) -> Bool {
        let tail = String(decoding: data.suffix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return tail.hasSuffix("</PubmedArticleSet>") || tail.hasSuffix("<PubmedArticleSet/>")
    }
}

/// Cuts a PubmedArticleSet into the bytes of its articles, keyed by PMID, to store each record's
/// own source.
enum RawArticleSplitter {
    static func split(_ data: Data) -> [String: Data] {
        var out: [String: Data] = [:]
        let bytes = [UInt8](data)
        for (open, close) in [("<PubmedArticle>", "</PubmedArticle>"), ("<PubmedBookArticle>", "</PubmedBookArticle>")] {
            let o = Array(open.utf8), c = Array(close.utf8)
            var i = 0
            while let start = find(o, in: bytes, from: i), let end = find(c, in: bytes, from: start + o.count) {
                let slice = Array(bytes[start..<(end + c.count)])
                if let pmid = firstPMID(slice) { out[pmid] = Data(slice) }
                i = end + c.count
            }
        }
        return out
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, hay.count >= needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func firstPMID(_ bytes: [UInt8]) -> String? {
        guard let start = find(Array("<PMID".utf8), in: bytes, from: 0),
            let gt = bytes[start...].firstIndex(of: UInt8(ascii: ">"))
        else { return nil }
        let digits = bytes[(gt + 1)...].prefix { (0x30...0x39).contains($0) }
        return digits.isEmpty ? nil : String(decoding: digits, as: UTF8.self)
    }
}
