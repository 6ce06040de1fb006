/// Choices that change what the report says but not what it is built from.
public struct ReportOptions: Sendable {
    /// The heading of `index.html`.
    public var title: String
    /// What the index says the pages are (the site folder or the paths given).
    public var siteLabel: String
    /// A time to print in the footer; `nil` (the default) keeps the output identical run to run.
    public var generatedAt: String?

    /// Options; by default no time is printed, so the same input gives the same bytes.
    public init(title: String = "Evidence report", siteLabel: String = "", generatedAt: String? = nil) {
        self.title = title
        self.siteLabel = siteLabel
        self.generatedAt = generatedAt
    }
}
