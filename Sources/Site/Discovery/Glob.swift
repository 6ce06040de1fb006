/// A path glob as `.gitignore` and linters write them: `*` and `?` within a path segment, `**` across
/// segments, `[abc]` / `[a-z]` / `[!a]` classes and `{md,html}` alternatives. Paths use `/`.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let alternatives: [[String]]

    /// A glob from its pattern; a leading `./` or `/` is dropped (patterns are relative to a root).
    public init(_ pattern: String) {
        self.pattern = pattern
        var trimmed = Substring(pattern)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        while trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        // A pattern ending in `/` names a folder: everything under it.
        var text = String(trimmed)
        if text.hasSuffix("/") { text += "**" }
        alternatives = Self.expandBraces(text).map { $0.split(separator: "/", omittingEmptySubsequences: true).map(String.init) }
    }

    public var description: String { pattern }

    /// Whether a relative path (`guides/knee.md`) matches.
    public func matches(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return alternatives.contains { Self.match(pattern: $0[...], path: segments[...]) }
    }

    private static func match(pattern: ArraySlice<String>, path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            // `**` takes zero or more whole segments.
            var tail = path
            while true {
                if match(pattern: rest, path: tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let segment = path.first, matchSegment(Array(first), Array(segment)) else { return false }
        return match(pattern: pattern.dropFirst(), path: path.dropFirst())
    }

    /// `*`, `?` and classes inside one segment (iterative, with backtracking to the last `*`).
    static func matchSegment(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0, t = 0
        var starP = -1, starT = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "*" {
                starP = p
                starT = t
                p += 1
            } else if p < pattern.count, let (matched, next) = matchOne(pattern, at: p, text[t]), matched {
                p = next
                t += 1
            } else if starP >= 0 {
                p = starP + 1
                starT += 1
                t = starT
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// Whether the pattern element at `index` matches `character`, and the index after the element.
    private static func matchOne(_ pattern: [Character], at index: Int, _ character: Character) -> (Bool, Int)? {
        switch pattern[index] {
        case "?":
            return (true, index + 1)
        case "[":
            guard let close = pattern[(index + 1)...].dropFirst().firstIndex(of: "]") else {
                return (character == "[", index + 1)
            }
            var members = pattern[(index + 1)..<close]
            let negated = members.first == "!" || members.first == "^"
            if negated { members = members.dropFirst() }
            var found = false
            var i = members.startIndex
            while i < members.endIndex {
                let low = members[i]
                if i + 2 < members.endIndex, members[i + 1] == "-" {
                    if low <= character && character <= members[i + 2] { found = true }
                    i += 3
                } else {
                    if low == character { found = true }
                    i += 1
                }
            }
            return (found != negated, close + 1)
        case "\\" where index + 1 < pattern.count:
            return (pattern[index + 1] == character, index + 2)
        default:
            return (pattern[index] == character, index + 1)
        }
    }

    /// `a.{md,html}` → `a.md`, `a.html` (nested alternatives too).
    static func expandBraces(_ pattern: String) -> [String] {
        let characters = Array(pattern)
        guard let open = characters.firstIndex(of: "{") else { return [pattern] }
        var depth = 0
        var close: Int?
        var commas: [Int] = []
        for i in open..<characters.count {
            switch characters[i] {
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 { close = i }
            case "," where depth == 1: commas.append(i)
            default: break
            }
            if close != nil { break }
        }
        guard let close, !commas.isEmpty else { return [pattern] }
        let prefix = String(characters[..<open]), suffix = String(characters[(close + 1)...])
        let bounds = [open] + commas + [close]
        return (0..<(bounds.count - 1)).flatMap { k -> [String] in
            let option = String(characters[(bounds[k] + 1)..<bounds[k + 1]])
            return expandBraces(prefix + option + suffix)
        }
    }
}
