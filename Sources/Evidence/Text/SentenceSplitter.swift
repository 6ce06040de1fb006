import Foundation

/// Splits an abstract into sentences: at `.`, `?` or `!` followed by a space and a capital letter
/// or digit, except after common abbreviations and single letters (`et al.`, `e.g.`, `S. aureus`).
enum SentenceSplitter {
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            current.append(ch)
            guard ch == "." || ch == "?" || ch == "!", i + 2 < chars.count, chars[i + 1] == " " else { continue }
            let next = chars[i + 2]
            guard next.isUppercase || next.isNumber else { continue }
            let last = current.dropLast().split(separator: " ").last.map { $0.lowercased() } ?? ""
            let word = last.filter { $0.isLetter || $0 == "." }
            if word.count <= 1 || abbreviations.contains(word) { continue }
            out.append(current.trimmingCharacters(in: .whitespaces))
            current = ""
        }
        let tail = current.trimmingCharacters(in: .whitespaces)
        if !tail.isEmpty { out.append(tail) }
        return out
    }

    static let abbreviations: Set<String> = ["al", "e.g", "i.e", "vs", "fig", "figs", "ref", "approx", "no", "dr", "ca", "cf", "etc"]
}
