import Bibliography

/// A name's parts after CSL's particle parsing of `family` and `given`.
struct NameParts {
    var family: String?
    var given: String?
    var droppingParticle: String?
    var nonDroppingParticle: String?
    var suffix: String?
    var literal: String?

    init(_ n: Name) {
        suffix = n.suffix
        droppingParticle = n.droppingParticle
        nonDroppingParticle = n.nonDroppingParticle
        family = n.family
        given = n.given
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
        let parse = n.extra["parse-names"]?.boolValue ?? true
        guard parse else { return }
        if nonDroppingParticle == nil, let f = family {
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
            } else if let w = words.first, words.count == 1, let apostrophe = w.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
                      w.startIndex < apostrophe, w[w.startIndex..<apostrophe].allSatisfy({ $0.isLowercase }),
                      w.index(after: apostrophe) < w.endIndex {
                nonDroppingParticle = String(w[...apostrophe])
                family = String(w[w.index(after: apostrophe)...])
            }
        }
        if droppingParticle == nil, let g = given {
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
        if suffix == nil, let g = given, let comma = g.range(of: ", ") {
            let tail = String(g[comma.upperBound...])
            if ["Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV"].contains(tail) || tail.hasPrefix("!") {
                suffix = tail.hasPrefix("!") ? String(tail.dropFirst()).trimmingCharacters(in: .whitespaces) : tail
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

    /// Initials of a given name ("John Ronald" → "J. R." with ". ").
    static func initialize(_ given: String, with iw: String, initialize: Bool, hyphen: Bool) -> String {
        var out = ""
        // Split into words on spaces and after periods ("J.R." is two words).
        var words: [String] = []
        var current = ""
        for c in given {
            if c == " " {
                if !current.isEmpty { words.append(current); current = "" }
            } else if c == "." {
                current.append(c)
                words.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { words.append(current) }
        for w in words {
            let subparts = w.split(separator: "-", omittingEmptySubsequences: true).map(String.init)
            var pieces: [String] = []
            for (si, sp) in subparts.enumerated() {
                let core = sp.hasSuffix(".") ? String(sp.dropLast()) : sp
                guard let first = core.first else { continue }
                let isInitial = core.count == 1 || (core.allSatisfy { $0.isUppercase } && core.count <= 2 && sp.hasSuffix("."))
                if !initialize && !isInitial {
                    pieces.append(sp + (si < subparts.count - 1 ? "" : " "))
                    continue
                }
                if first.isLowercase && !isInitial {
                    // Lowercase words (particles) are kept whole.
                    pieces.append(sp + " ")
                    continue
                }
                pieces.append(String(first).uppercased() + iw)
            }
            if subparts.count > 1 {
                let sep = hyphen ? "-" : ""
                out += pieces.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: sep)
                if iw.hasSuffix(" ") { out += " " }
            } else {
                out += pieces.joined()
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
