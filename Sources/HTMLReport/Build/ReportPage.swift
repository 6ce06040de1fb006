import Site

/// One page for the report: its check result and, when it could be read, its text (shown by line).
public struct ReportPage: Sendable {
    /// The page's result from the site checker (or one page's check).
    public var result: PageResult
    /// The page's text as on disk, for the source listing the findings link to; `nil` leaves it out.
    public var source: String?

    /// A page from its result and text.
    public init(result: PageResult, source: String?) {
        self.result = result
        self.source = source
    }
}
