import Foundation

/// The subset of PubMed's search syntax the server understands: words and quoted phrases with
/// field tags (`[ti]`, `[au]`, `[dp]`, `[ta]`, `[vi]`, `[pg]`, `[aid]`, `[doi]`, `[pmcid]`, `[uid]`,
/// untagged = all fields), `AND`, `OR`, `NOT` and parentheses (NBK3827, "Search Field Descriptions").
indirect enum SearchExpression: Sendable {
    case term(String, field: String?)
    case and(SearchExpression, SearchExpression)
    case or(SearchExpression, SearchExpression)
    case not(SearchExpression, SearchExpression)

    /// Parses a term; nil when it does not parse.
    static func parse(_ text: String) -> SearchExpression? {
        var parser = Parser(tokens: tokenize(text))
        guard let expression = parser.or(), parser.atEnd else { return nil }
        return expression
    }

    func matches(_ e: PubMedCorpus.Entry) -> Bool {
        switch self {
        case .and(let a, let b): return a.matches(e) && b.matches(e)
        case .or(let a, let b): return a.matches(e) || b.matches(e)
        case .not(let a, let b): return a.matches(e) && !b.matches(e)
        case .term(let value, let field):
            let words = TextKey.words(value)
            switch field?.lowercased() {
            case "ti", "title": return Self.containsPhrase(e.titleWords, words)
            case "au", "author", "1au":
                let query = words.joined(separator: " ")
                return e.authors.contains { $0 == query || $0.hasPrefix(query + " ") || ($0.hasPrefix(query) && words.count > 1) }
            case "dp", "pdat": return e.year == value.trimmingCharacters(in: .whitespaces)
            case "ta", "journal", "jour": return e.journals.contains(TextKey.journal(value))
            case "vi", "volume": return e.volume == value
            case "pg", "page": return e.firstPage == value
            case "aid", "doi", "lid", "pmcid", "pmc": return e.articleIDs.contains(value.lowercased())
            case "uid", "pmid": return e.record.item.pmid == value
            default: return !words.isEmpty && words.allSatisfy(e.allWords.contains)
            }
        }
    }

    static func containsPhrase(_ hay: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, hay.count >= needle.count else { return false }
        for start in 0...(hay.count - needle.count) where hay[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    enum Token: Equatable { case open, close, op(String), atom(String, String?) }

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var chars = Array(text)[...]
        while let c = chars.first {
            if c.isWhitespace { chars = chars.dropFirst(); continue }
            if c == "(" { tokens.append(.open); chars = chars.dropFirst(); continue }
            if c == ")" { tokens.append(.close); chars = chars.dropFirst(); continue }
            var value = ""
            if c == "\"" {
                chars = chars.dropFirst()
                while let d = chars.first, d != "\"" { value.append(d); chars = chars.dropFirst() }
                chars = chars.dropFirst()
            } else {
                while let d = chars.first, !d.isWhitespace, d != "(", d != ")", d != "[" { value.append(d); chars = chars.dropFirst() }
            }
            var field: String?
            if chars.first == "[" {
                chars = chars.dropFirst()
                var f = ""
                while let d = chars.first, d != "]" { f.append(d); chars = chars.dropFirst() }
                chars = chars.dropFirst()
                field = f
            }
            if field == nil, c != "\"", ["AND", "OR", "NOT"].contains(value) { tokens.append(.op(value)) } else { tokens.append(.atom(value, field)) }
        }
        return tokens
    }

    struct Parser {
        var tokens: [Token]
        var i = 0
        var atEnd: Bool { i >= tokens.count }

        mutating func or() -> SearchExpression? {
            guard var left = and() else { return nil }
            while i < tokens.count, tokens[i] == .op("OR") {
                i += 1
                guard let right = and() else { return nil }
                left = .or(left, right)
            }
            return left
        }

        mutating func and() -> SearchExpression? {
            guard var left = primary() else { return nil }
            while i < tokens.count {
                if tokens[i] == .op("AND") || tokens[i] == .op("NOT") {
                    let op = tokens[i]
                    i += 1
                    guard let right = primary() else { return nil }
                    left = op == .op("AND") ? .and(left, right) : .not(left, right)
                } else if case .atom = tokens[i] {
                    // Adjacent terms are ANDed, as PubMed does.
                    guard let right = primary() else { return nil }
                    left = .and(left, right)
                } else { break }
            }
            return left
        }

        mutating func primary() -> SearchExpression? {
            guard i < tokens.count else { return nil }
            switch tokens[i] {
            case .open:
                i += 1
                guard let inner = or(), i < tokens.count, tokens[i] == .close else { return nil }
                i += 1
                return inner
            case .atom(let value, let field):
                i += 1
                return .term(value, field: field)
            default: return nil
            }
        }
    }
}
