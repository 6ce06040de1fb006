import Bibliography
import CiteKit

/// What checking one page of a site gave: its report, or why it was skipped or could not be read.
public struct PageResult: Sendable, Codable, Equatable {
    /// What became of the page.
    public enum Status: String, Sendable, Codable {
        /// Checked; ``PageResult/report`` holds the findings.
        case checked
        /// Not checked: the page has no numbered reference list.
        case skipped
        /// Not checked: the page, its front matter or its records could not be read.
        case failed
    }

    /// The page's path as shown in output.
    public var path: String
    /// What became of the page.
    public var status: Status
    /// The report, with the configuration's severities and disabled codes applied and silenced findings removed.
    public var report: Report?
    /// Findings silenced by `cite-ignore` comments, in page order.
    public var silenced: [Finding]
    /// Why the page could not be checked.
    public var error: String?

    /// A result from its parts.
    public init(path: String, status: Status, report: Report? = nil, silenced: [Finding] = [], error: String? = nil) {
        self.path = path
        self.status = status
        self.report = report
        self.silenced = silenced
        self.error = error
    }

    /// The reported findings (none unless checked).
    public var findings: [Finding] { report?.findings ?? [] }
}
