import Bibliography
import Foundation

/// One line of `cite support rank` output: `{"id": claim id, "ranked": [item ids]}`.
/// The claim id keeps the JSON type it was given (string or number).
public struct ClaimRanking: Sendable, Hashable, Codable {
    public var id: JSONValue
    public var ranked: [String]
    public init(id: JSONValue, ranked: [String]) {
        self.id = id
        self.ranked = ranked
    }
}
