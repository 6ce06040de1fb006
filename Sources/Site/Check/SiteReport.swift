import Bibliography
import CiteKit

/// The result of checking a site: one result per page, sorted by path, and their totals.
public struct SiteReport: Sendable, Codable, Equatable {
    /// Totals over the site's pages.
    public struct Summary: Sendable, Codable, Equatable {
        /// Pages found.
        public var pages: Int
        /// Pages checked.
        public var checked: Int
        /// Pages skipped because they have no numbered reference list.
        public var skipped: Int
        /// Pages that could not be read.
        public var failed: Int
        /// Reported findings with severity `error`.
        public var errors: Int
        /// Reported findings with severity `warning`.
        public var warnings: Int
        /// Reported findings with severity `info`.
        public var infos: Int
        /// Findings silenced by `cite-ignore` comments.
        public var silenced: Int

        /// Totals from their counts.
        public init(pages: Int, checked: Int, skipped: Int, failed: Int, errors: Int, warnings: Int, infos: Int, silenced: Int) {
            self.pages = pages
            self.checked = checked
            self.skipped = skipped
            self.failed = failed
            self.errors = errors
            self.warnings = warnings
            self.infos = infos
            self.silenced = silenced
        }
    }

    /// One result per page, sorted by path.
    public var pages: [PageResult]
    /// Totals over the pages.
    public var summary: Summary

    /// A report from page results (sorted here by path).
    public init(pages: [PageResult]) {
        self.pages = pages.sorted { $0.path < $1.path }
        let findings = pages.flatMap(\.findings)
        summary = Summary(
            pages: pages.count,
            checked: pages.filter { $0.status == .checked }.count,
            skipped: pages.filter { $0.status == .skipped }.count,
            failed: pages.filter { $0.status == .failed }.count,
            errors: findings.filter { $0.severity == .error }.count,
            warnings: findings.filter { $0.severity == .warning }.count,
            infos: findings.filter { $0.severity == .info }.count,
            silenced: pages.reduce(0) { $0 + $1.silenced.count })
    }

    /// Whether a reported finding is at or above the level (the build fails on it).
    public func fails(at level: FailLevel) -> Bool {
        pages.contains { $0.report?.fails(at: level) ?? false }
    }

    /// Whether some page could not be read (the build stops with exit status 2).
    public var hasFailedPages: Bool { summary.failed > 0 }

    /// The exit status of DESIGN.md: 2 when a page could not be read, 1 on findings at or above `level`, else 0.
    public func exitStatus(failOn level: FailLevel) -> Int32 {
        if hasFailedPages { return 2 }
        return fails(at: level) ? 1 : 0
    }
}
