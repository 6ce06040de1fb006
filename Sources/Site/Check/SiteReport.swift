import Bibliography
import Foundation
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

    /// One result per page, sorted by path (a page answered by the cache is decoded on access).
    public var pages: [PageResult] {
        get { entries.map(\.result) }
        set { entries = newValue.map { PageEntry(result: $0) } }
    }
    /// Totals over the pages.
    public var summary: Summary
    /// The pages, each as a result, as its outputs from the cache, or both.
    var entries: [PageEntry]

    /// A report from page results (sorted here by path).
    public init(pages: [PageResult]) {
        self.init(entries: pages.map { PageEntry(result: $0) })
    }

    /// A report from page entries (sorted here by path).
    init(entries: [PageEntry]) {
        self.entries = entries.sorted { $0.path < $1.path }
        let headers = entries.map(\.header)
        summary = Summary(
            pages: headers.count,
            checked: headers.count { $0.status == .checked },
            skipped: headers.count { $0.status == .skipped },
            failed: headers.count { $0.status == .failed },
            errors: headers.reduce(0) { $0 + $1.errors },
            warnings: headers.reduce(0) { $0 + $1.warnings },
            infos: headers.reduce(0) { $0 + $1.infos },
            silenced: headers.reduce(0) { $0 + $1.silenced })
    }

    private enum CodingKeys: String, CodingKey { case pages, summary }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entries = try container.decode([PageResult].self, forKey: .pages).map { PageEntry(result: $0) }
        summary = try container.decode(Summary.self, forKey: .summary)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pages, forKey: .pages)
        try container.encode(summary, forKey: .summary)
    }

    public static func == (a: SiteReport, b: SiteReport) -> Bool { a.summary == b.summary && a.pages == b.pages }

    /// Whether a reported finding is at or above the level (the build fails on it).
    public func fails(at level: FailLevel) -> Bool {
        guard let threshold = level.severity else { return false }
        return entries.contains { $0.header.worst.map { $0 >= threshold } ?? false }
    }

    /// Whether some page could not be read (the build stops with exit status 2).
    public var hasFailedPages: Bool { summary.failed > 0 }

    /// The exit status of DESIGN.md: 2 when a page could not be read, 1 on findings at or above `level`, else 0.
    public func exitStatus(failOn level: FailLevel) -> Int32 {
        if hasFailedPages { return 2 }
        return fails(at: level) ? 1 : 0
    }
}

/// One page of a site report: the result checked in this run, or the outputs the cache kept for
/// it (in memory, or in the cache file, read again when written: a large site's report then holds
/// only each page's counts).
struct PageEntry: Sendable {
    private let checked: PageResult?
    private let cached: PageOutput?
    private let file: URL?
    /// The counts of the summary and the exit status.
    let header: PageOutput.Header

    /// A page checked in this run.
    init(result: PageResult) {
        checked = result
        cached = nil
        file = nil
        header = PageOutput.Header(result)
    }

    /// A page whose outputs are in memory.
    init(output: PageOutput) {
        checked = nil
        cached = output
        file = nil
        header = output.header
    }

    /// A page whose outputs are in a cache file.
    init(header: PageOutput.Header, file: URL) {
        checked = nil
        cached = nil
        self.file = file
        self.header = header
    }

    var path: String { header.path }

    /// The page's result (decoded from the cached JSON when it came from the cache).
    var result: PageResult {
        if let checked { return checked }
        do {
            guard let output else { return PageResult(path: path, status: .failed, error: "its cache entry was removed during the run") }
            return try output.result()
        } catch {
            return PageResult(path: path, status: .failed, error: "its cached result cannot be read: \(error)")
        }
    }

    /// The page's outputs, when the cache kept them (read from the cache file when they are there).
    var output: PageOutput? {
        if let cached { return cached }
        guard let file, let data = try? Data(contentsOf: file) else { return nil }
        return PageOutput(fileData: data)
    }

    /// What the SARIF log needs of the page (from the cached outputs' SARIF part when cached).
    var sarif: SARIFPage {
        if let output, let page = try? output.sarifPage() { return page }
        return SARIFPage(result)
    }

    /// Whether the page's outputs come from the cache rather than a result.
    var isCached: Bool { checked == nil }
}
