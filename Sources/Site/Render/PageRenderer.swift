import Bibliography
import CSL
import Citations
import CiteKit
import Foundation

/// Rewrites one page's reference list: each entry with a matched record becomes the corrected item
/// rendered in the style (without the style's number: the entry keeps its own label); every other
/// byte of the page stays as it was.
struct PageRenderer: Sendable {
    let checker: Checker
    let renderer: ReferenceListRenderer

    /// The page's new bytes, the numbers of the references kept as written, and whether the page
    /// has a list at all (`nil` bytes when it has none).
    /// - Throws: ``SiteError/notUTF8(page:)``, and what reading and checking the page throws.
    func render(_ page: SitePage) throws -> (bytes: Data?, unmatched: [Int]) {
        let data: Data
        do {
            data = try Data(contentsOf: page.url)
        } catch {
            throw CheckError.unreadable(path: page.path, reason: (error as NSError).localizedDescription)
        }
        // Only UTF-8 pages are rewritten: a page in another encoding would change in every byte.
        guard String(data: data, encoding: .utf8) != nil else { throw SiteError.notUTF8(page: page.path) }
        let source = String(decoding: data, as: UTF8.self)
        let (bundle, _) = try page.bundle()
        let (report, corrected) = try checker.checkCorrecting(bundle)
        let entries = CitationAnalyzer.analyze(Document(source: bundle.pageSource, format: page.format, path: page.path)).references
        guard !entries.isEmpty, entries.count == report.references.count else { return (nil, []) }

        let items = report.references.map { corrected[$0.number] ?? $0.item }
        let rendered = renderer.entries(items, format: Self.outputFormat(page.format))
        let spans = EntrySpans(source: source, format: page.format)
        var output = ""
        var cursor = source.startIndex
        var unmatched: [Int] = []
        for (index, entry) in entries.enumerated() {
            guard let item = corrected[entry.number], let span = spans.span(of: entry), span.lowerBound >= cursor,
                !rendered[index].isEmpty
            else {
                unmatched.append(entry.number)
                continue
            }
            output += source[cursor..<span.lowerBound]
            output += EntryText.make(rendered[index], item: item, format: page.format)
            cursor = span.upperBound
        }
        output += source[cursor...]
        return (Data(output.utf8), unmatched)
    }

    static func outputFormat(_ format: PageFormat) -> CSLOutputFormat {
        switch format {
        case .html: .html
        case .markdown: .markdown
        case .text: .text
        }
    }
}
