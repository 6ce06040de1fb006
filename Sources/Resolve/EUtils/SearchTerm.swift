import Bibliography
import Foundation

/// A fielded PubMed search for a parsed reference, in one request: its distinctive title words
/// (`[ti]`) with its first author or year, or else its journal, volume and first page. Either half
/// finds the article when the other holds a typing error (a mangled title word, a wrong volume).
public enum SearchTerm {
    /// Title words sent at most; the longest are the most distinctive.
    static let titleWords = 5

    /// The term, or nil when the reference has neither enough title nor a full citation to search by.
    public static func term(for item: Item) -> String? {
        let parts = [titlePart(item), citationPart(item)].compactMap { $0 }
        guard !parts.isEmpty else { return nil }
        return parts.count == 1 ? parts[0] : parts.map { "(\($0))" }.joined(separator: " OR ")
    }

    static func titlePart(_ item: Item) -> String? {
        guard let title = item.title else { return nil }
        let words = significantWords(title)
        guard words.count >= 2 else { return nil }
        let chosen = words.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }
            .prefix(titleWords).sorted { $0.offset < $1.offset }.map(\.element)
        var term = chosen.map { "\($0)[ti]" }.joined(separator: " AND ")
        var others: [String] = []
        if let author = item.author.first.map(CitationMatchQuery.authorName), !author.isEmpty {
            others.append("\"\(author)\"[au]")
        }
        if let year = item.year { others.append("\(year)[dp]") }
        if !others.isEmpty { term += " AND (" + others.joined(separator: " OR ") + ")" }
        return term
    }

    /// `"J Orthop Res"[ta] AND 3[vi] AND 236[pg]`, when all three are known.
    static func citationPart(_ item: Item) -> String? {
        guard let journal = (item.containerTitleShort ?? item.containerTitle).map(CitationMatchQuery.clean), !journal.isEmpty,
            let volume = item.volume.map(CitationMatchQuery.clean), !volume.isEmpty,
            let page = item.pageRanges.first.map({ CitationMatchQuery.clean($0.first) }), !page.isEmpty
        else { return nil }
        let quoted = journal.replacingOccurrences(of: "\"", with: "")
        return "\"\(quoted)\"[ta] AND \(volume)[vi] AND \(page)[pg]"
    }

    /// Title words of four letters or more, folded to lowercase ASCII letters and digits.
    static func significantWords(_ title: String) -> [String] {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var seen = Set<String>()
        return folded.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
            .map(String.init)
            .filter { $0.count >= 4 && !stopwords.contains($0) && seen.insert($0).inserted }
    }

    /// Words PubMed's title index holds everywhere.
    static let stopwords: Set<String> = [
        "with", "from", "that", "this", "their", "than", "into", "about", "after", "during", "between",
        "among", "under", "over", "within", "without", "study", "effect", "effects", "using", "versus",
    ]
}
