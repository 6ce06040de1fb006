/// CSL `text-case` transformations over rendered output; `nocase` spans are left alone.
enum TextCase {
    /// The stop words of CSL 1.0.2's title case ("Title case conversion"), and no others.
    static let stopWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of",
        "on", "onto", "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet",
    ]

    /// Name particles that title case leaves lowercase (citeproc-js, suite fixture
    /// textcase_SkipNameParticlesInTitleCase; the specification is silent on particles).
    static let particles: Set<String> = ["de", "d'", "d\u{2019}", "van", "von"]

    /// `turkic`: the item's language is Turkish or Azerbaijani, whose dotted and dotless i change case
    /// as `i`↔`İ` and `ı`↔`I` (citeproc-js cases by the item's language; suite textcase_LocaleUnicode).
    static func apply(_ kind: String, to inlines: [Inline], english: Bool, turkic: Bool = false) -> [Inline] {
        if kind == "title" && !english { return inlines }
        var chars: [Character] = []
        var protected: [Bool] = []
        collect(inlines, protected: false, chars: &chars, flags: &protected)
        if chars.isEmpty { return inlines }
        let out = transform(kind, chars: chars, protected: protected, turkic: turkic)
        var index = 0
        return rebuild(inlines, out: out, index: &index)
    }

    private static func collect(_ inlines: [Inline], protected: Bool, chars: inout [Character], flags: inout [Bool]) {
        for i in inlines {
            switch i {
            case .text(let t):
                for c in t {
                    chars.append(c)
                    flags.append(protected)
                }
            case .nocase(let c), .nodecor(let c):
                collect(c, protected: true, chars: &chars, flags: &flags)
            default:
                if let c = i.children { collect(c, protected: protected, chars: &chars, flags: &flags) }
            }
        }
    }

    private static func rebuild(_ inlines: [Inline], out: [String], index: inout Int) -> [Inline] {
        inlines.map { i in
            switch i {
            case .text(let t):
                var s = ""
                for _ in t {
                    s += out[index]
                    index += 1
                }
                return .text(s)
            default:
                return i.replacingChildren(rebuild(i.children ?? [], out: out, index: &index))
            }
        }
    }

    private static func isSeparator(_ c: Character) -> Bool {
        c.isWhitespace || c == "-" || c == "/" || c == "\u{2013}" || c == "\u{2014}"
    }

    private static func isLatin(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return v < 0x250 || (0x1E00...0x1EFF).contains(v) || (0xFF21...0xFF5A).contains(v)
    }

    private static func transform(_ kind: String, chars: [Character], protected: [Bool], turkic: Bool) -> [String] {
        var out = chars.map { String($0) }
        func lower(_ i: Int) {
            guard !protected[i], chars[i].isUppercase else { return }
            out[i] = turkic && chars[i] == "I" ? "\u{131}" : turkic && chars[i] == "\u{130}" ? "i" : chars[i].lowercased()
        }
        func upper(_ i: Int) {
            guard !protected[i] else { return }
            out[i] = turkic && chars[i] == "i" ? "\u{130}" : chars[i].uppercased()
        }
        // Words as index ranges.
        var words: [Range<Int>] = []
        var start: Int?
        for (i, c) in chars.enumerated() {
            if isSeparator(c) {
                if let s = start { words.append(s..<i); start = nil }
            } else if start == nil {
                start = i
            }
        }
        if let s = start { words.append(s..<chars.count) }
        func firstLetter(_ r: Range<Int>) -> Int? { r.first { chars[$0].isLetter } }
        func isLower(_ r: Range<Int>) -> Bool { r.allSatisfy { !chars[$0].isUppercase } }
        func isUpperWord(_ r: Range<Int>) -> Bool {
            let letters = r.filter { chars[$0].isLetter }
            return !letters.isEmpty && letters.allSatisfy { chars[$0].isUppercase }
        }

        switch kind {
        case "lowercase":
            for i in chars.indices { lower(i) }
        case "uppercase":
            for i in chars.indices { upper(i) }
        case "capitalize-first":
            if let w = words.first, let f = firstLetter(w) { upper(f) }
        case "capitalize-all":
            for w in words { if let f = firstLetter(w) { upper(f) } }
        case "sentence":
            for i in chars.indices { lower(i) }
            if let w = words.first, let f = firstLetter(w) { upper(f) }
        case "title":
            // Space-separated tokens; hyphenated tokens are title-cased part by part.
            var tokens: [Range<Int>] = []
            var ts: Int?
            for (i, c) in chars.enumerated() {
                if c.isWhitespace || c == "\u{2014}" || c == "\u{2013}" {
                    if let t = ts { tokens.append(t..<i); ts = nil }
                } else if ts == nil { ts = i }
            }
            if let t = ts { tokens.append(t..<chars.count) }
            for (n, token) in tokens.enumerated() {
                if let f = token.first, chars[f].isNumber { continue }
                let afterColon: Bool = {
                    var j = token.lowerBound - 1
                    while j >= 0, chars[j].isWhitespace { j -= 1 }
                    return j >= 0 && (chars[j] == ":" || chars[j] == "?" || chars[j] == "!")
                }()
                var subs: [Range<Int>] = []
                var ss = token.lowerBound
                for i in token where chars[i] == "-" || chars[i] == "/" {
                    subs.append(ss..<i)
                    ss = i + 1
                }
                subs.append(ss..<token.upperBound)
                for (k, w) in subs.enumerated() where !w.isEmpty {
                    let word = String(chars[w]).lowercased().trimmingCharacters(in: .punctuationCharacters)
                    let isFirst = n == 0 && k == 0
                    let isLast = n == tokens.count - 1 && k == subs.count - 1
                    let isStop = (stopWords.contains(word) || particles.contains(word)) && !isFirst && !isLast && !(afterColon && k == 0)
                    if isLower(w) {
                        // Only Latin letters take title case; other scripts have no such convention.
                        // A word opening with a digit ("34b" in "miR-34b") is not a word to capitalize.
                        if !isStop, let f = firstLetter(w), f == w.lowerBound || !chars[w.lowerBound].isNumber,
                           isLatin(chars[f]) { upper(f) }
                    } else if isStop && !isUpperWord(w) && w.count > 1 {
                        // Mixed-case words keep their case.
                    }
                }
            }
        default:
            break
        }
        return out
    }
}

import Foundation
