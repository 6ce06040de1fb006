/// A difference between a value as cited and as the record gives it, in runs of unchanged,
/// deleted (cited only) and inserted (record only) text that keep each side's own spelling.
public struct TextDiff: Sendable, Hashable {
    /// One run of the difference.
    public struct Segment: Sendable, Hashable {
        /// What the run is.
        public enum Kind: String, Sendable, Hashable {
            /// In both values.
            case equal
            /// Only in the cited value.
            case deleted
            /// Only in the record's value.
            case inserted
        }

        /// What the run is.
        public var kind: Kind
        /// Its text.
        public var text: String

        /// A run from its kind and text.
        public init(_ kind: Kind, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// The runs; reading the equal and deleted ones gives the cited value, the equal and inserted ones the record's.
    public var segments: [Segment]

    /// Beyond this many token pairs the values are shown as one replacement (the table is quadratic).
    static let maximumCells = 250_000

    /// Compares two values token by token (words, single punctuation marks, runs of spaces).
    /// A missing side makes the other side one deleted or inserted run.
    public init(cited: String?, record: String?) {
        let a = TextDiff.tokens(cited ?? "")
        let b = TextDiff.tokens(record ?? "")
        guard !a.isEmpty || !b.isEmpty else {
            segments = []
            return
        }
        let raw = a.count * b.count > TextDiff.maximumCells
            ? [Segment(.deleted, a.joined()), Segment(.inserted, b.joined())].filter { !$0.text.isEmpty }
            : TextDiff.align(a, b)
        segments = TextDiff.tidy(raw)
    }

    /// The cited value rebuilt from the runs.
    public var cited: String { segments.filter { $0.kind != .inserted }.map(\.text).joined() }
    /// The record's value rebuilt from the runs.
    public var record: String { segments.filter { $0.kind != .deleted }.map(\.text).joined() }

    /// Splits text into words (letters and digits), single other characters, and runs of white space.
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var currentIsWord = false, currentIsSpace = false
        for character in text {
            let isWord = character.isLetter || character.isNumber
            let isSpace = character.isWhitespace
            if !current.isEmpty, (isWord && currentIsWord) || (isSpace && currentIsSpace) {
                current.append(character)
                continue
            }
            if !current.isEmpty { out.append(current) }
            current = String(character)
            currentIsWord = isWord
            currentIsSpace = isSpace
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Longest common subsequence of tokens; within a change the deletion comes before the insertion.
    private static func align(_ a: [String], _ b: [String]) -> [Segment] {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out: [Segment] = []
        var deleted = "", inserted = ""
        func flush() {
            if !deleted.isEmpty { out.append(Segment(.deleted, deleted)) }
            if !inserted.isEmpty { out.append(Segment(.inserted, inserted)) }
            deleted = ""
            inserted = ""
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                flush()
                out.append(Segment(.equal, a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                deleted += a[i]
                i += 1
            } else {
                inserted += b[j]
                j += 1
            }
        }
        flush()
        return out
    }

    /// Folds a space between two changes into both of them (`Foye PM, Greenwald BD` reads as one
    /// insertion, not several), then joins neighbouring runs of the same kind.
    private static func tidy(_ segments: [Segment]) -> [Segment] {
        var groups: [[Segment]] = []
        var index = 0
        // A group is one equal run, or a change: its deleted text, then its inserted text.
        while index < segments.count {
            if segments[index].kind == .equal {
                groups.append([segments[index]])
                index += 1
                continue
            }
            var deleted = "", inserted = ""
            while index < segments.count {
                let segment = segments[index]
                if segment.kind == .deleted {
                    deleted += segment.text
                } else if segment.kind == .inserted {
                    inserted += segment.text
                } else if !deleted.isEmpty, !inserted.isEmpty, segment.text.allSatisfy(\.isWhitespace),
                          index + 1 < segments.count, segments[index + 1].kind != .equal {
                    // Between two replacements: the space belongs to both sides' changed text.
                    deleted += segment.text
                    inserted += segment.text
                } else {
                    break
                }
                index += 1
            }
            groups.append([Segment(.deleted, deleted), Segment(.inserted, inserted)].filter { !$0.text.isEmpty })
        }
        var out: [Segment] = []
        for segment in groups.joined() {
            if let last = out.last, last.kind == segment.kind {
                out[out.count - 1].text += segment.text
            } else {
                out.append(segment)
            }
        }
        return out
    }
}
