import Foundation
import Yams

/// The optional `claims.yaml` of an article bundle: the claims a page must keep cited and supported,
/// each with the text that finds it on the page and its subject terms.
public struct ClaimsMap: Sendable, Codable, Equatable {
    /// One named claim.
    public struct Entry: Sendable, Codable, Equatable {
        public var id: String
        /// Text that occurs in the claim's sentence, used to find it (case-insensitive).
        public var match: String
        /// The claim's subject terms.
        public var subject: [String]
        /// Other words for the subject terms.
        public var synonyms: [String]

        public init(id: String, match: String, subject: [String], synonyms: [String] = []) {
            self.id = id
            self.match = match
            self.subject = subject
            self.synonyms = synonyms
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            match = try c.decode(String.self, forKey: .match)
            subject = try c.decodeIfPresent([String].self, forKey: .subject) ?? []
            synonyms = try c.decodeIfPresent([String].self, forKey: .synonyms) ?? []
        }
    }

    public var claims: [Entry]

    public init(claims: [Entry]) { self.claims = claims }

    /// Reads a claims map from YAML.
    /// - Throws: ``CheckError/invalidClaimsMap(file:line:column:reason:)`` with the position of the problem.
    public init(yaml: String, file: String) throws {
        do {
            self = try YAMLDecoder().decode(ClaimsMap.self, from: yaml)
        } catch let error as YamlError {
            let mark = Self.mark(of: error)
            throw CheckError.invalidClaimsMap(file: file, line: mark?.line, column: mark?.column, reason: Self.problem(of: error))
        } catch DecodingError.dataCorrupted(let context) where context.underlyingError is YamlError {
            let yamlError = context.underlyingError as? YamlError
            let mark = yamlError.flatMap(Self.mark(of:))
            throw CheckError.invalidClaimsMap(
                file: file, line: mark?.line, column: mark?.column,
                reason: yamlError.map(Self.problem(of:)) ?? context.debugDescription)
        } catch let error as DecodingError {
            throw CheckError.invalidClaimsMap(
                file: file, line: nil, column: nil,
                reason: "expected `claims:` with entries of `id`, `match`, `subject`, `synonyms` (\(Self.describe(error)))")
        }
    }

    /// The entry whose `match` text occurs in a sentence.
    public func entry(matching sentence: String) -> Entry? {
        claims.first { sentence.range(of: $0.match, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
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

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let ctx):
            let path = (ctx.codingPath + [key]).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return "missing \(path)"
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
            let path = ctx.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return "at \(path): \(ctx.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
