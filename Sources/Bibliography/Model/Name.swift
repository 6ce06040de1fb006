import Foundation

/// A personal or institutional name, as CSL-JSON writes it.
///
/// Institutional and collective names (`CollectiveName` in PubMed) use ``literal``.
public struct Name: Sendable, Hashable {
    /// The family name (surname), without particles.
    public var family: String?
    /// The given names or initials as written (`Sung Rae`, `K. D.`, `Jean-Pierre`).
    public var given: String?
    /// A particle dropped when only the family name is shown ("van" in "Ludwig van Beethoven").
    public var droppingParticle: String?
    /// A particle kept with the family name ("de" in "de la Fontaine").
    public var nonDroppingParticle: String?
    /// A generational or honorific suffix (`Jr.`, `III`).
    public var suffix: String?
    /// The whole name, for institutions and names that must not be split.
    public var literal: String?
    /// Other CSL-JSON name fields (`comma-suffix`, `static-ordering`, `parse-names`, ...), kept verbatim.
    public var extra: [String: JSONValue]

    /// A name from its CSL-JSON parts.
    public init(
        family: String? = nil, given: String? = nil,
        droppingParticle: String? = nil, nonDroppingParticle: String? = nil,
        suffix: String? = nil, literal: String? = nil,
        extra: [String: JSONValue] = [:]
    ) {
        self.family = family
        self.given = given
        self.droppingParticle = droppingParticle
        self.nonDroppingParticle = nonDroppingParticle
        self.suffix = suffix
        self.literal = literal
        self.extra = extra
    }

    /// A literal (institutional) name.
    public static func literal(_ text: String) -> Name { Name(literal: text) }

    /// Whether a comma separates the suffix from the rest of the name (CSL `comma-suffix`).
    public var commaSuffix: Bool { extra["comma-suffix"]?.boolValue ?? false }

    /// Whether the name is always shown in its given order (CSL `static-ordering`).
    public var staticOrdering: Bool { extra["static-ordering"]?.boolValue ?? false }

    /// Whether this is an institutional or otherwise unsplittable name.
    public var isLiteral: Bool { literal != nil && family == nil }

    /// A given name written from bare initials the way CSL processors read initials: `YK` → `Y. K.`,
    /// `G-Q` → `G.-Q.`. CSL reads `YK` as a name and would shorten it to `Y`. Text that is not bare
    /// capital initials is returned unchanged.
    public static func givenName(fromInitials initials: String) -> String {
        let letters = initials.filter { $0 != "-" }
        guard !letters.isEmpty, letters.count <= 4, letters.allSatisfy({ $0.isLetter && $0.isUppercase }) else { return initials }
        var out = ""
        for ch in initials {
            if ch == "-" {
                out += "-"
            } else {
                if let last = out.last, last != "-" { out += " " }
                out += String(ch) + "."
            }
        }
        return out
    }

    /// Initials of the given name without periods or spaces, as PubMed writes them: `Sung Rae` → `SR`,
    /// `K. D.` → `KD`, `King-Hwa` → `KH` (PubMed's `Initials` drop the hyphen).
    public var initials: String { initials(keepingHyphens: false) }

    /// Initials of the given name; with `keepingHyphens`, a hyphenated given name or hyphenated
    /// initials keep the hyphen (`Jean-Pierre` → `J-P`, `G.-Q.` → `G-Q`) for styles that print it.
    public func initials(keepingHyphens: Bool) -> String {
        guard let given else { return "" }
        var out = ""
        var hyphenBefore = false
        for token in given.split(whereSeparator: { $0 == " " || $0 == "." }) {
            // "G.-Q." splits into "G" and "-Q": a leading empty piece means a hyphen joins it to the previous initial.
            for (k, piece) in token.split(separator: "-", omittingEmptySubsequences: false).enumerated() {
                if k > 0 { hyphenBefore = true }
                guard let first = piece.first else { continue }
                if keepingHyphens, hyphenBefore, !out.isEmpty { out += "-" }
                hyphenBefore = false
                // Already initials ("SR"): keep uppercase letters as they are.
                if piece.count <= 3, piece.allSatisfy({ $0.isUppercase }) {
                    out += piece
                } else {
                    out += String(first).uppercased()
                }
            }
        }
        return out
    }

    /// The name in NLM/Vancouver display form: `Family Initials`, or the literal.
    public var vancouverForm: String { vancouverForm(keepingHyphens: false) }

    /// The name in NLM/Vancouver display form; `keepingHyphens` as in ``initials(keepingHyphens:)``
    /// (`Dupont J-P` rather than `Dupont JP`).
    public func vancouverForm(keepingHyphens: Bool) -> String {
        if let literal, family == nil { return literal }
        var family = self.family ?? ""
        if let p = nonDroppingParticle, !p.isEmpty { family = p + " " + family }
        if let p = droppingParticle, !p.isEmpty { family = p + " " + family }
        var out = family
        let ini = initials(keepingHyphens: keepingHyphens)
        if !ini.isEmpty { out += " " + ini }
        if let suffix, !suffix.isEmpty { out += " " + suffix.replacingOccurrences(of: ".", with: "") }
        return out
    }
}
