import Bibliography

/// Ranks the items of a library by how well they address a claim (lexical BM25 over title and abstract).
public struct ClaimRanker: Sendable {
    public let items: [Item]
    private let index: BM25Index

    public init(items: [Item], parameters: BM25Parameters = BM25Parameters()) {
        self.items = items
        index = BM25Index(
            documents: items.map { (id: $0.idString, title: $0.title ?? "", body: $0.abstract ?? "") },
            parameters: parameters)
    }

    /// The ids of the best `top` items for a claim, best first (items sharing no term are left out).
    public func rank(_ claim: String, top: Int = 10) -> [String] {
        index.search(claim, top: top).map { index.documentIDs[$0.index] }
    }
}

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
