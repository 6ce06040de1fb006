/// A word-level difference between two texts, computed on folded words so that case,
/// punctuation and hyphenation do not count.
struct WordDiff: Sendable, Hashable {
    enum Change: Sendable, Hashable {
        /// Words the reference has where the record has others.
        case replaced(cited: [String], record: [String])
        /// Words of the record the reference leaves out.
        case omitted([String])
        /// Words the reference adds.
        case added([String])
    }

    var changes: [Change]

    var isEmpty: Bool { changes.isEmpty }

    /// Compares the words of two titles; a word broken across a line in the reference
    /// (`identi- fies`) is joined first when the joined word is one the record uses.
    init(cited: String, record: String) {
        let r = MatchText.words(record)
        let c = WordDiff.joinBroken(MatchText.words(cited), vocabulary: Set(r))
        changes = WordDiff.diff(c, r)
    }

    /// A readable account: `"biomechanical" where the record has "biochemical"; omits "the"`.
    var description: String {
        changes.map { change in
            switch change {
            case .replaced(let c, let r): return "\"\(c.joined(separator: " "))\" where the record has \"\(r.joined(separator: " "))\""
            case .omitted(let r): return "omits \"\(r.joined(separator: " "))\""
            case .added(let c): return "adds \"\(c.joined(separator: " "))\""
            }
        }.joined(separator: "; ")
    }

    private static func joinBroken(_ words: [String], vocabulary: Set<String>) -> [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            if i + 1 < words.count, !vocabulary.contains(words[i]), vocabulary.contains(words[i] + words[i + 1]) {
                out.append(words[i] + words[i + 1])
                i += 2
            } else {
                out.append(words[i])
                i += 1
            }
        }
        return out
    }

    private static func diff(_ a: [String], _ b: [String]) -> [Change] {
        var t = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        if !a.isEmpty && !b.isEmpty {
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : max(t[i + 1][j], t[i][j + 1])
                }
            }
        }
        var changes: [Change] = []
        var pendingA: [String] = [], pendingB: [String] = []
        func flush() {
            switch (pendingA.isEmpty, pendingB.isEmpty) {
            case (false, false): changes.append(.replaced(cited: pendingA, record: pendingB))
            case (false, true): changes.append(.added(pendingA))
            case (true, false): changes.append(.omitted(pendingB))
            case (true, true): break
            }
            pendingA = []
            pendingB = []
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                flush()
                i += 1; j += 1
            } else if j < b.count, i == a.count || t[i][j + 1] >= t[i + 1][j] {
                pendingB.append(b[j]); j += 1
            } else {
                pendingA.append(a[i]); i += 1
            }
        }
        flush()
        return changes
    }
}
