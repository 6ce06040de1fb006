import Bibliography
import Foundation

/// What resolving found for one reference.
public struct Resolution: Sendable, Hashable, Codable {
    /// How it ended.
    public enum Status: String, Sendable, Hashable, Codable {
        /// A record was accepted.
        case resolved
        /// Two records fit about equally well; none was accepted.
        case ambiguous
        /// No service holds a record that fits.
        case notFound = "not-found"
        /// A service could not be asked (after every retry): try again later.
        case failed
    }

    /// The reference's number on the page.
    public var number: Int
    public var status: Status
    /// The accepted record's id (`pmid:N`, `doi:...`).
    public var record: String?
    /// The matcher's score for it (1 for an identifier match).
    public var score: Double?
    /// Which resolver found it: `library`, `identifier`, `ecitmatch`, `esearch`, `crossref`.
    public var resolver: String?
    /// The two close candidates of an ambiguous reference.
    public var candidates: [String]
    /// Why it failed: the URL and the reason.
    public var error: String?

    public init(number: Int, status: Status, record: String? = nil, score: Double? = nil, resolver: String? = nil,
                candidates: [String] = [], error: String? = nil) {
        self.number = number
        self.status = status
        self.record = record
        self.score = score
        self.resolver = resolver
        self.candidates = candidates
        self.error = error
    }
}

/// A reference to resolve: its number, its text as written and its parsed item.
public struct ResolveInput: Sendable {
    public var number: Int
    public var text: String
    public var item: Item

    public init(number: Int, text: String, item: Item) {
        self.number = number
        self.text = text
        self.item = item
    }
}
