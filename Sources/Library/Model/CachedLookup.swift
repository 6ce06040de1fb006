import Foundation

/// A cached answer of a remote look-up (positive or negative), keyed by the normalised request.
public struct CachedLookup: Sendable, Hashable, Codable {
    /// The normalised request, built by the caller (`ecitmatch:nat med|2001|7|...`).
    public var key: String
    /// The answer; `nil` is a negative answer ("nothing found").
    public var answer: String?
    /// When the answer was stored.
    public var storedAt: Date

    /// A look-up from its key and answer, stored now by default.
    public init(key: String, answer: String?, storedAt: Date = Date()) {
        self.key = key
        self.answer = answer
        self.storedAt = storedAt
    }
}
