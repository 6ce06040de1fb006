import Bibliography
import Foundation

/// One line of `cite support rank` output: `{"id": claim id, "ranked": [item ids]}`.
/// The claim id keeps the JSON type it was given (string or number).
public struct ClaimRanking: Sendable, Hashable, Codable {
    /// The claim's id as given (string or number).
    public var id: JSONValue
    /// Ids of the best-ranked items, best first.
    public var ranked: [String]
    /// An output line for claim `id`.
    public init(id: JSONValue, ranked: [String]) {
        self.id = id
        self.ranked = ranked
    }
}
