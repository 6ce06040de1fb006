import Bibliography
import Evidence
import Foundation
import Yams

/// The optional `claims.yaml` of an article bundle: the claims a page must keep cited and supported,
/// each with the text that finds it on the page and its subject terms.
public struct ClaimsMap: Sendable, Codable, Equatable {
    /// The named claims, in file order.
    public var claims: [ClaimSubject]

    /// Creates a map from named claims.
    public init(claims: [ClaimSubject]) { self.claims = claims }

    /// Reads a claims map from YAML.
    /// - Throws: ``CheckError/invalidClaimsMap(file:line:column:reason:)`` with the position of the problem.
    public init(yaml: String, file: String) throws {
        // Read from the composed node tree, not through Codable: it points at the offending node and
        // spares every `cite check` the runtime's generic-type look-ups of a decoder (about 3 ms of start-up).
        let root: Node?
        do {
            // The basic resolver: every value is read as text, and YAML 1.1's typed scalars would cost each
            // `cite check` the compilation of Yams' default resolver's regular expressions.
            root = try Yams.compose(yaml: yaml, Resolver.basic)
        } catch let error as YamlError {
            let mark = Self.mark(of: error)
            throw CheckError.invalidClaimsMap(file: file, line: mark?.line, column: mark?.column, reason: Self.problem(of: error))
        }
        let reader = NodeReader(file: file)
        guard let root, let entries = root.mapping?["claims"] else {
            throw reader.problem(at: root, "expected `claims:` with entries of `id`, `match`, `subject`, `synonyms`")
        }
        guard let list = entries.sequence else {
            throw reader.problem(at: entries, "expected `claims:` to be a list of entries with `id`, `match`, `subject`, `synonyms`")
        }
        claims = try list.enumerated().map { index, entry in try reader.claim(entry, path: "claims.[\(index)]") }
        try validate(file: file)
    }

    /// Every named claim needs a unique id and the text that finds it on the page.
    private func validate(file: String) throws {
        var seen: Set<String> = []
        for claim in claims where !seen.insert(claim.id).inserted {
            throw CheckError.invalidClaimsMap(
                file: file, line: nil, column: nil, reason: "claim id '\(claim.id)' is used twice; ids must be unique")
        }
        for (index, claim) in claims.enumerated() where (claim.match ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw CheckError.invalidClaimsMap(
                file: file, line: nil, column: nil,
                reason: "missing claims.[\(index)].match: claim '\(claim.id)' needs `match:`, text of its sentence on the page")
        }
    }

    /// The named claim whose `match` text occurs in a sentence.
    public func entry(matching sentence: String) -> ClaimSubject? {
        claims.first { Self.sentence(sentence, matches: $0) }
    }

    /// Whether a claim's `match` text occurs in a sentence (case- and diacritic-insensitive).
    static func sentence(_ sentence: String, matches claim: ClaimSubject) -> Bool {
        guard let match = claim.match, !match.isEmpty else { return false }
        return sentence.range(of: match, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    private static func mark(of error: YamlError) -> Mark? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark
        default:
            return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}
