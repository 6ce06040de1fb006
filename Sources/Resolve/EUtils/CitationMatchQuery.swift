import Bibliography
import Foundation

/// One line of an ECitMatch request: `journal|year|volume|first page|author|key|`
/// (NBK25500, "Searching PubMed with Citation Data").
public struct CitationMatchQuery: Sendable, Hashable {
    public var journal: String
    public var year: String
    public var volume: String
    public var firstPage: String
    public var author: String
    /// The caller's key, echoed in the answer.
    public var key: String

    /// The query for a parsed reference, or nil when it lacks the journal or both volume and page:
    /// the matcher needs a journal and something to place the article in it.
    public init?(item: Item, key: String) {
        guard let journal = (item.containerTitleShort ?? item.containerTitle).map(Self.clean), !journal.isEmpty else { return nil }
        let volume = item.volume.map(Self.clean) ?? ""
        let firstPage = item.pageRanges.first.map { Self.clean($0.first) } ?? ""
        guard !volume.isEmpty || !firstPage.isEmpty else { return nil }
        self.journal = journal
        year = item.year.map(String.init) ?? ""
        self.volume = volume
        self.firstPage = firstPage
        author = item.author.first.map(Self.authorName) ?? ""
        self.key = key
    }

    /// The line as sent (without the line separator).
    public var line: String { [journal, year, volume, firstPage, author, key].joined(separator: "|") + "|" }

    /// A cache key that ignores the caller's key.
    public var cacheKey: String { "ecitmatch:" + [journal, year, volume, firstPage, author].joined(separator: "|").lowercased() }

    /// `Mann BJ` → `mann bj`: family name and initials, as PubMed's author index writes them.
    static func authorName(_ name: Name) -> String {
        if let literal = name.literal { return clean(literal).lowercased() }
        let family = [name.nonDroppingParticle, name.family].compactMap { $0 }.joined(separator: " ")
        let initials = name.initials
        return clean([family, initials].filter { !$0.isEmpty }.joined(separator: " ")).lowercased()
    }

    /// Removes the characters that separate fields and lines.
    static func clean(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: " ").components(separatedBy: .newlines).joined(separator: " ")
            .trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ".")))
    }
}

/// What ECitMatch said about one line.
public enum CitationMatchResult: Sendable, Hashable {
    case found(pmid: String)
    case notFound
    /// Several articles fit; the PMIDs when the service listed them.
    case ambiguous(pmids: [String])

    /// Reads the answer: one line per query, the query echoed with the result after the last pipe
    /// (`...|key|2014248`, `...|key|NOT_FOUND;INVALID_JOURNAL`, `...|key|AMBIGUOUS 1,2`).
    /// - Throws: ``ResolveError/invalidAnswer(url:reason:)`` when a line is not in that shape.
    static func parse(_ text: String, url: String) throws -> [String: CitationMatchResult] {
        var results: [String: CitationMatchResult] = [:]
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 7 else {
                throw ResolveError.invalidAnswer(url: url, reason: "ECitMatch line without seven fields: \(line.prefix(80))")
            }
            let key = fields[5], value = fields[6].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty, value.allSatisfy(\.isNumber) {
                results[key] = .found(pmid: value)
            } else if value.uppercased().hasPrefix("NOT_FOUND") {
                results[key] = .notFound
            } else if value.uppercased().hasPrefix("AMBIGUOUS") {
                let ids = value.dropFirst("AMBIGUOUS".count).split(whereSeparator: { !$0.isNumber }).map(String.init)
                // "AMBIGUOUS (783 citations)" is a count, not ids.
                results[key] = .ambiguous(pmids: value.contains("citations") ? [] : ids)
            } else {
                throw ResolveError.invalidAnswer(url: url, reason: "ECitMatch result '\(value.prefix(40))' is neither a PMID, NOT_FOUND nor AMBIGUOUS")
            }
        }
        return results
    }
}
