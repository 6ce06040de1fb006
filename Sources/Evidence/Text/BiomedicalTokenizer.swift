import Bibliography
import Foundation

/// Splits biomedical text into comparable terms: lowercased, diacritics folded, Greek letters
/// spelled out (`TGF-β1` → `tgf`, `beta1`, `tgfbeta1`), hyphenated compounds kept both as parts
/// and joined (`double-blind` → `double`, `blind`, `doubleblind`), numbers joined to their unit
/// (`10 mg` → `10`, `mg`, `10mg`), stop words dropped, words reduced to their Porter stem.
///
/// Shared by the subject-term matcher and BM25 retrieval so that both see the same terms.
public struct BiomedicalTokenizer: Sendable {
    /// Whether words are reduced to their stems.
    public var stemming: Bool

    /// A tokenizer that stems words unless `stemming` is false.
    public init(stemming: Bool = true) { self.stemming = stemming }

    /// The terms of a text, in order, without positions.
    public func terms(_ text: String) -> [String] { tokens(text).map(\.term) }

    /// The terms of a text with their word positions.
    public func tokens(_ text: String) -> [Token] {
        let words = Self.rawWords(Self.normalize(text))
        var out: [Token] = []
        out.reserveCapacity(words.count + words.count / 4)
        var position = 0
        var previousNumber: String?
        for raw in words {
            let parts = raw.split(separator: "-").map(String.init).filter { !$0.isEmpty }
            guard !parts.isEmpty else { continue }
            let start = position
            for part in parts {
                if let t = term(part) { out.append(Token(term: t, position: position)) }
                position += 1
            }
            if parts.count > 1 {
                let joined = parts.joined()
                if let t = term(joined), joined.count <= 30 { out.append(Token(term: t, position: start)) }
            }
            // `10 mg`, `5 %`: a number followed by its unit is one quantity too.
            if parts.count == 1, let number = previousNumber, Self.units.contains(parts[0]) {
                out.append(Token(term: number + parts[0], position: start - 1))
            }
            previousNumber = parts.count == 1 && parts[0].first?.isNumber == true && parts[0].allSatisfy({ $0.isNumber || $0 == "." }) ? parts[0] : nil
        }
        return out
    }

    private func term(_ word: String) -> String? {
        if Self.stopWords.contains(word) { return nil }
        if Self.allLetters(word) {
            guard word.count > 1 else { return nil }
            return stemming ? PorterStemmer.stem(word) : word
        }
        return word
    }

    /// Lowercase, fold diacritics, spell out Greek letters, and mark percentages as a unit word.
    static func normalize(_ text: String) -> String {
        // `ß` stands for beta in biomedical text (`IκB kinase ß`).
        // Plain ASCII (most titles) only needs lowercasing; Foundation's folding is slow.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let lowered = text.lowercased()
            return lowered.utf8.contains(UInt8(ascii: "%")) ? lowered.replacingOccurrences(of: "%", with: " %") : lowered
        }
        let lowered = text.replacingOccurrences(of: "ß", with: "β").folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(lowered.utf8.count + 16)
        for ch in lowered {
            if let g = GreekLetters.names[ch] {
                out += g
            } else if ch == "%" {
                out += " %"
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// Words: runs of letters, digits, inner hyphens, inner decimal points, and `%`.
    static func rawWords(_ text: String) -> [String] {
        // Plain ASCII (after normalising, most abstracts) is split byte by byte; Unicode
        // character properties are slow enough to dominate indexing.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return rawWords(characters: text) }
        var words: [String] = []
        var current: [UInt8] = []
        let bytes = Array(text.utf8)
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        func flush() {
            while current.last == UInt8(ascii: "-") { current.removeLast() }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for (i, b) in bytes.enumerated() {
            if isLetter(b) || isDigit(b) {
                current.append(b)
            } else if b == UInt8(ascii: "-") {
                if !current.isEmpty { current.append(b) }
            } else if b == UInt8(ascii: "."), let last = current.last, isDigit(last), i + 1 < bytes.count, isDigit(bytes[i + 1]) {
                current.append(b)
            } else if b == UInt8(ascii: "%") {
                flush()
                words.append("%")
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// ``rawWords(_:)`` for text with non-ASCII characters.
    static func rawWords(characters text: String) -> [String] {
        var words: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if ch == "-" || ch == "\u{2010}" || ch == "\u{2011}" {
                if !current.isEmpty { current.append("-") }
            } else if ch == ".", let last = current.last, last.isNumber, i + 1 < chars.count, chars[i + 1].isNumber {
                current.append(".")
            } else if ch == "%" {
                if !current.isEmpty { words.append(current); current = "" }
                words.append("%")
            } else {
                if !current.isEmpty { words.append(current); current = "" }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { w in
            var w = w
            while w.hasSuffix("-") { w.removeLast() }
            return w
        }.filter { !$0.isEmpty }
    }

    /// Whether every character of a word is a letter (ASCII checked byte by byte).
    static func allLetters(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.allSatisfy { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
        }
        return word.allSatisfy { $0.isLetter }
    }

    static let units: Set<String> = [
        "%", "mg", "g", "kg", "µg", "ug", "mcg", "ng", "pg", "ml", "l", "dl", "ul", "mm", "cm", "m", "nm", "um",
        "mmol", "mol", "umol", "nmol", "h", "hr", "hrs", "min", "s", "d", "wk", "weeks", "week", "days", "day",
        "months", "month", "years", "year", "yr", "iu", "u", "mmhg", "kda", "bp", "kb", "fold",
    ]

    /// English function words (a short list: biomedical text needs its content words, even common ones).
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "can", "could", "did", "do",
        "does", "for", "from", "had", "has", "have", "having", "he", "her", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "may", "might", "more", "most", "no", "nor", "not", "of", "on", "or",
        "our", "she", "should", "so", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "to", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "would", "you", "also", "both", "each", "other",
        "some", "any", "all", "very", "via", "upon", "whether", "within", "without", "about", "after",
        "before", "between", "during", "over", "under", "through", "among",
    ]
}

extension BiomedicalTokenizer {
    /// Terms in word order, one per position: a compound's joined form and a quantity's
    /// number-with-unit share a position with their first part and are left out, so phrases
    /// line up word by word. (A single joined term is still found through the term set.)
    static func sequence(_ tokens: [Token]) -> [String] {
        var seen = Set<Int>()
        var out: [String] = []
        for t in tokens where seen.insert(t.position).inserted { out.append(t.term) }
        return out
    }
}
