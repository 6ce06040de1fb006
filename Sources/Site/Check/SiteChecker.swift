import Bibliography
import CiteKit
import Dispatch
import Foundation
import Library

/// Checks every page of a site, in parallel on all cores, with one record library shared by all.
public struct SiteChecker: Sendable {
    /// The site's configuration (command-line options already applied).
    public var configuration: SiteConfiguration
    /// The record library every page reads, when there is one.
    public var library: RecordLibrary?
    /// The incremental cache, when enabled.
    public var cache: CheckCache?

    /// A checker for a site.
    public init(configuration: SiteConfiguration, library: RecordLibrary? = nil, cache: CheckCache? = nil) {
        self.configuration = configuration
        self.library = library
        self.cache = cache
    }

    /// Checks the pages; the report lists them sorted by path whatever order they finish in.
    /// With `pruningCache` (the pages are the whole site), the cache entries of this configuration
    /// that the run did not use are removed at the end.
    /// - Throws: ``CheckError/style(name:reason:)`` when the configured style cannot be read (before any page).
    public func check(_ pages: [SitePage], pruningCache: Bool = false) throws -> SiteReport {
        // Fail once, up front, on a bad style rather than once per page.
        _ = try ReferenceListRenderer.shared(style: configuration.resolvedStyle, locale: configuration.locale)
        let checker = Checker(options: CheckOptions(style: configuration.resolvedStyle, locale: configuration.locale, library: library))
        let policy = FindingPolicy(configuration)
        let context = cache.map { _ in CacheContext(configuration: configuration, library: library) }
        let results = ResultSlots<PageEntry>(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            results[index] = check(pages[index], checker: checker, policy: policy, context: context)
        }
        if pruningCache, let cache, let context { cache.prune(configuration: context.configurationDigest) }
        return SiteReport(entries: results.values)
    }

    /// Checks one page: front matter, cache, checker, then the configuration's say over the findings.
    func check(_ page: SitePage, checker: Checker, policy: FindingPolicy, context: CacheContext?) -> PageEntry {
        do {
            let (bundle, source) = try page.bundle()
            let key = try context.map { try $0.key(for: bundle, source: source) }
            if let cache, let key, let context, let cached = cache.entry(for: key, configuration: context.configurationDigest) {
                return cached
            }
            let result = try evaluate(bundle, source: source, checker: checker, policy: policy)
            guard let cache, let key, let context else { return PageEntry(result: result) }
            // Kept as the cache file: a report of thousands of pages holds each page's counts alone.
            return cache.store(try PageOutput(result), for: key, configuration: context.configurationDigest)
        } catch {
            return PageEntry(result: PageResult(path: page.path, status: .failed, error: String(describing: error)))
        }
    }

    private func evaluate(_ bundle: ArticleBundle, source: String, checker: Checker, policy: FindingPolicy) throws -> PageResult {
        var report = try checker.check(bundle)
        guard !report.references.isEmpty else { return PageResult(path: bundle.pagePath, status: .skipped) }
        let directives = IgnoreDirectives(source: source)
        let split = policy.apply(report.findings, ignoring: directives)
        report.findings = split.reported
        // A reference's own diagnostics repeat its findings; they follow the same policy (counted once, above).
        for index in report.references.indices {
            report.references[index].diagnostics = policy.apply(report.references[index].diagnostics, ignoring: directives).reported
        }
        return PageResult(path: bundle.pagePath, status: .checked, report: report, silenced: split.silenced)
    }
}
