import Bibliography
import Foundation

/// A name's parts after CSL's particle parsing of `family` and `given`.
struct NameParts {
    var family: String?
    var given: String?
    var droppingParticle: String?
    var nonDroppingParticle: String?
    var suffix: String?
    var literal: String?
    var commaSuffix = false
    /// The non-dropping particle was written apart from the family name ("de’ Frinkle").
    var particleSpaced = false

    init(_ n: Name) {
        func clean(_ s: String?) -> String? {
            guard let s, !s.isEmpty else { return nil }
            // Trim only when needed; Foundation trimming is costly in bulk.
            guard s.first?.isWhitespace == true || s.last?.isWhitespace == true else { return s }
            let t = s.trimmingWhitespace(newlines: true)
            return t.isEmpty ? nil : t
        }
        suffix = clean(n.suffix)
        commaSuffix = n.commaSuffix
        droppingParticle = clean(n.droppingParticle)
        nonDroppingParticle = clean(n.nonDroppingParticle)
        family = clean(n.family)
        given = clean(n.given)
        if let l = n.literal, !l.isEmpty {
            literal = l
            return
        }
        if family == nil || family?.isEmpty == true {
            if let g = given, !g.isEmpty {
                // A given name alone is shown as written.
                literal = g
            } else {
                literal = ""
            }
            return
        }
        var parse = n.extra["parse-names"]?.boolValue ?? true
        // A family name in double quotes is taken as written, without particle parsing (citeproc-js).
        if let f = family, f.count > 2, f.first == "\"", f.last == "\"" {
            family = String(f.dropFirst().dropLast())
            parse = false
        }
        guard parse else { return }
        if nonDroppingParticle == nil, let f = family, f.first?.isLowercase == true {
            // Leading lowercase words of the family name ("van der Berg", "d'Alembert") are particles.
            var words = f.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            var particles: [String] = []
            while words.count > 1, let w = words.first, NameParts.isParticle(w) {
                particles.append(w)
                words.removeFirst()
            }
            if !particles.isEmpty {
                nonDroppingParticle = particles.joined(separator: " ")
                family = words.joined(separator: " ")
                particleSpaced = true
            } else if let w = words.first, words.count == 1, let apostrophe = w.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" || $0 == "-" }),
                      w.startIndex < apostrophe, w[w.startIndex..<apostrophe].allSatisfy({ $0.isLowercase }),
                      w.index(after: apostrophe) < w.endIndex {
                nonDroppingParticle = String(w[...apostrophe])
                family = String(w[w.index(after: apostrophe)...])
            }
        }
        if droppingParticle == nil, let g = given, g.contains(where: { $0 == " " }) {
            var words = g.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            var particles: [String] = []
            while words.count > 1, let w = words.last, NameParts.isParticle(w) {
                particles.insert(w, at: 0)
                words.removeLast()
            }
            if !particles.isEmpty {
                droppingParticle = particles.joined(separator: " ")
                given = words.joined(separator: " ")
            }
        }
        if suffix == nil, let g = given, g.contains(where: { $0 == "," }), let bang = g.range(of: ",! ") {
            suffix = String(g[bang.upperBound...]).trimmingWhitespace()
            given = String(g[..<bang.lowerBound])
            commaSuffix = true
        } else if suffix == nil, let g = given, g.contains(where: { $0 == "," }), let comma = g.range(of: ", ") {
            let tail = String(g[comma.upperBound...])
            if ["Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV"].contains(tail) || tail.hasPrefix("!") {
                suffix = tail.hasPrefix("!") ? String(tail.dropFirst()).trimmingWhitespace() : tail
                given = String(g[..<comma.lowerBound])
            }
        }
    }

    static func isParticle(_ w: String) -> Bool {
        guard let f = w.first else { return false }
        return f.isLowercase && !w.contains(".")
    }

    /// Whether the name is written in a script that orders family before given without a space.
    var isRomanesque: Bool {
        let text = (family ?? "") + (given ?? "")
        for s in text.unicodeScalars {
            let v = s.value
            if (0x3040...0x30FF).contains(v) || (0x3400...0x9FFF).contains(v) || (0xAC00...0xD7AF).contains(v) || (0xF900...0xFAFF).contains(v) {
                return false
            }
        }
        return true
    }

    /// Initials of a given name holding markup ("<b>John</b> Quiggly" → "<b>J.</b> Q."): the text
    /// between tags is initialized piece by piece and the tags are kept.
    static func initializeMarkup(_ given: String, with iw: String, initialize: Bool, hyphen: Bool) -> String {
        var out = ""
        var rest = Substring(given)
        while !rest.isEmpty {
            if rest.first == "<", let end = rest.firstIndex(of: ">") {
                out += rest[...end]
                rest = rest[rest.index(after: end)...]
                continue
            }
            let next = rest.firstIndex(of: "<") ?? rest.endIndex
            let text = rest[..<next]
            rest = rest[next...]
            var lead = ""
            if text.first == "-" { lead = hyphen ? "-" : "" } else if text.first?.isWhitespace == true && !out.isEmpty { lead = " " }
            let core = text.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "-")))
            if core.isEmpty { out += lead; continue }
            out += lead + self.initialize(core, with: iw, initialize: initialize, hyphen: hyphen)
        }
        return out
    }

    /// Initials of a given name ("John Ronald" → "J. R." with ". "). A word written with a period is
    /// kept as written ("Me." stays "Me."); with `initialize` false only single letters and such
    /// abbreviations take the initialize-with text, full words are kept.
    static func initialize(_ given: String, with iw: String, initialize: Bool, hyphen: Bool) -> String {
        if given.utf8.contains(UInt8(ascii: "<")) { return initializeMarkup(given, with: iw, initialize: initialize, hyphen: hyphen) }
        var tokens: [(word: String, period: Bool)] = []
        var current = ""
        func flush(_ period: Bool) {
            if !current.isEmpty { tokens.append((current, period)) }
            current = ""
        }
        for c in given {
            if c == " " { flush(false) } else if c == "." { flush(true) } else { current.append(c) }
        }
        flush(false)
        var out = ""
        let trimmedIW = iw.trimmingWhitespace()
        for (word, period) in tokens {
            let parts = word.split(separator: "-", omittingEmptySubsequences: true).map(String.init)
            if parts.count > 1 {
                let kept = initialize ? parts.enumerated().filter { $0.offset == 0 || !($0.element.first?.isLowercase ?? false) }.map(\.element) : parts
                let pieces = kept.map { p -> String in
                    guard let f = p.first else { return "" }
                    if !initialize && p.count > 1 { return p }
                    return String(f).uppercased() + trimmedIW
                }
                if pieces.contains(where: { $0.count > 1 + trimmedIW.count }) && !initialize {
                    out += parts.joined(separator: "-") + " "
                } else {
                    out += pieces.joined(separator: hyphen ? "-" : "") + (iw.hasSuffix(" ") ? " " : "")
                }
                continue
            }
            guard let first = word.first else { continue }
            if first.isLowercase && word.count > 1 {
                if !out.isEmpty && !out.hasSuffix(" ") { out += " " }
                out += word + " "
            } else if period {
                out += word + iw
            } else if initialize {
                // "TSerendorjiin" → "Ts."; an all-capital word gives one letter.
                let capitals = word.prefix(while: { $0.isUppercase })
                if capitals.count > 1 && capitals.count < word.count {
                    out += String(capitals.prefix(1)) + capitals.dropFirst().lowercased() + iw
                } else {
                    out += String(first).uppercased() + iw
                }
            } else if word.count == 1 {
                out += word + iw
            } else {
                if !out.isEmpty && !out.hasSuffix(" ") { out += " " }
                out += word + " "
            }
        }
        return out.trimmingWhitespace()
    }
}
