import Foundation

/// The design cues compiled once. `NSRegularExpression` is immutable after creation and safe to
/// share between threads, which is why this wrapper may claim `Sendable`.
final class CompiledPatterns: @unchecked Sendable {
    static let shared = CompiledPatterns()

    let cues: [(cue: DesignRules.Cue, regex: NSRegularExpression)]

    private init() {
        cues = DesignRules.cues.compactMap { cue in
            (try? NSRegularExpression(pattern: cue.pattern, options: [.caseInsensitive])).map { (cue, $0) }
        }
    }

    /// The words a pattern found in a text (the first capture group when the pattern has one).
    static func matches(_ regex: NSRegularExpression, in text: String) -> [String] {
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            let r = m.numberOfRanges > 1 && m.range(at: 1).location != NSNotFound ? m.range(at: 1) : m.range
            return ns.substring(with: r).lowercased()
        }
    }
}
