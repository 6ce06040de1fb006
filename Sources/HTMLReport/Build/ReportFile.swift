/// One file of the report: its path inside the output folder and its text.
public struct ReportFile: Sendable, Equatable {
    /// The path relative to the output folder (`index.html`, `pages/guides/sleep.md.html`).
    public var path: String
    /// The HTML.
    public var contents: String

    /// A file from its path and text.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
