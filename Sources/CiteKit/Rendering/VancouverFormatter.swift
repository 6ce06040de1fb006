import Bibliography

/// A small built-in formatter for NLM/Vancouver references (Citing Medicine, 2nd ed.).
///
/// Used when no CSL style is requested; CSL styles render through the `CSL` module.
public struct VancouverFormatter: Sendable {
    /// Authors listed before "et al." (Citing Medicine lists up to six).
    public var maxAuthors: Int

    public init(maxAuthors: Int = 6) { self.maxAuthors = maxAuthors }

    /// One reference, without its number.
    public func format(_ item: Item) -> String {
        switch item.type {
        case .book: return formatBook(item)
        case .chapter: return formatChapter(item)
        default: return formatArticle(item)
        }
    }

    /// A numbered list, one entry a line (`1. Schwarz R. ...`).
    public func formatList(_ items: [(number: Int, item: Item)]) -> String {
        items.map { "\($0.number). \(format($0.item))" }.joined(separator: "\n")
    }

    private func formatArticle(_ item: Item) -> String {
        var parts: [String] = []
        if let authors = authorList(item.author, etAl: item.fields["author-et-al"]?.boolValue ?? false) { parts.append(authors) }
        if let title = item.title { parts.append(sentence(title)) }
        var source = ""
        if let journal = item.containerTitleShort ?? item.containerTitle {
            source = journal.replacingOccurrences(of: ".", with: "") + ". "
        }
        source += dateText(item.issued) ?? ""
        if let volume = item.volume { source += ";" + volume }
        if let issue = item.issue { source += "(\(issue))" }
        if let page = item.page { source += ":" + Self.abbreviatedPages(page) }
        if !source.isEmpty { parts.append(source + ".") }
        if let doi = item.doi { parts.append("doi:\(doi)") }
        if let pmid = item.pmid { parts.append("PMID: \(pmid).") }
        return parts.joined(separator: " ")
    }

    private func formatBook(_ item: Item) -> String {
        var parts: [String] = []
        if let authors = authorList(item.author) { parts.append(authors) }
        if let title = item.title { parts.append(sentence(title)) }
        if let edition = item.edition { parts.append(editionText(edition)) }
        parts.append(publication(item))
        return parts.joined(separator: " ")
    }

    private func formatChapter(_ item: Item) -> String {
        var parts: [String] = []
        if let authors = authorList(item.author) { parts.append(authors) }
        if let title = item.title { parts.append(sentence(title)) }
        var inPart = "In:"
        if let editors = authorList(item.editor, terminal: false) { inPart += " \(editors), \(item.editor.count > 1 ? "editors" : "editor")." }
        if let book = item.containerTitle { inPart += " " + sentence(book) }
        parts.append(inPart)
        if let edition = item.edition { parts.append(editionText(edition)) }
        var pub = publication(item)
        if let page = item.page { pub += " p. \(Self.abbreviatedPages(page))." }
        parts.append(pub)
        return parts.joined(separator: " ")
    }

    private func publication(_ item: Item) -> String {
        var text = ""
        if let place = item.publisherPlace { text += place + ": " }
        if let publisher = item.publisher { text += publisher }
        if let year = item.issued.flatMap({ dateText($0, withMonth: false) }) {
            text += text.isEmpty ? year : "; " + year
        }
        return text.isEmpty ? "" : text + "."
    }

    private func editionText(_ edition: String) -> String {
        guard let n = Int(edition) else { return sentence(edition) }
        let suffix: String
        switch (n % 100, n % 10) {
        case (11...13, _): suffix = "th"
        case (_, 1): suffix = "st"
        case (_, 2): suffix = "nd"
        case (_, 3): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix) ed."
    }

    private func authorList(_ names: [Name], terminal: Bool = true, etAl: Bool = false) -> String? {
        guard !names.isEmpty else { return nil }
        var list = names.prefix(maxAuthors).map(\.vancouverForm).joined(separator: ", ")
        if names.count > maxAuthors || etAl { list += ", et al" }
        return terminal ? list + "." : list
    }

    private func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last else { return trimmed }
        return ".?!".contains(last) ? trimmed : trimmed + "."
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private func dateText(_ date: DateValue?, withMonth: Bool = true) -> String? {
        guard let date else { return nil }
        if let literal = date.literal, date.year == nil { return literal }
        guard let year = date.year else { return nil }
        var text = String(year)
        if withMonth, let month = date.month, (1...12).contains(month) {
            text += " " + Self.months[month - 1]
            if let day = date.day { text += " \(day)" }
        } else if withMonth, let season = date.season?.text {
            text += " " + season
        }
        return text
    }

    /// Citing Medicine drops repeated leading digits of the last page: `184-190` → `184-90`.
    public static func abbreviatedPages(_ page: String) -> String {
        let ranges = PageRange.parseList(page)
        guard !ranges.isEmpty else { return page }
        return ranges.map { range -> String in
            guard let last = range.last else { return range.first }
            let a = Array(range.first), b = Array(last)
            guard a.count == b.count, a.allSatisfy(\.isNumber), b.allSatisfy(\.isNumber) else {
                return "\(range.first)-\(last)"
            }
            var i = 0
            while i < a.count - 1 && a[i] == b[i] { i += 1 }
            return "\(range.first)-\(String(b[i...]))"
        }.joined(separator: ", ")
    }
}

import Foundation
