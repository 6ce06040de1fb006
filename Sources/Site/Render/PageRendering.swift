import Foundation

/// What `cite render` did with one page.
public struct PageRendering: Sendable, Equatable {
    /// What became of the page.
    public enum Status: String, Sendable {
        /// The list was rewritten: some entry now reads as its record says.
        case rendered
        /// The list already read as rendered (or no entry had a record): the page's bytes are unchanged.
        case unchanged
        /// The page has no numbered reference list: untouched.
        case skipped
        /// The page could not be read or checked: untouched.
        case failed
    }

    /// The page's path as shown in output.
    public var path: String
    /// What became of the page.
    public var status: Status
    /// Numbers of the references that have no matched record, kept as written.
    public var unmatched: [Int]
    /// Why the page could not be rendered.
    public var error: String?
    /// Where the page was written, when it was.
    public var written: URL?

    /// A result from its parts.
    public init(path: String, status: Status, unmatched: [Int] = [], error: String? = nil, written: URL? = nil) {
        self.path = path
        self.status = status
        self.unmatched = unmatched
        self.error = error
        self.written = written
    }
}
