import Foundation

/// Folding shared by the server's indexes: lowercase ASCII words, periods and punctuation ignored.
enum TextKey {
    static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }

    static func words(_ text: String) -> [String] {
        fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// A journal name compared without case, periods or spacing differences.
    static func journal(_ text: String) -> String { words(text).joined(separator: " ") }

    /// `application/x-www-form-urlencoded` pairs: `+` is a space, then percent-decoding.
    static func formPairs(_ text: String) -> [(String, String)] {
        text.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first else { return nil }
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            return (decode(name), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
