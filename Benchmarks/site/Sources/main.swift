// site-bench-generate: writes a site of N pages built from real PubMed records (5-40 numbered
// references a page, in Vancouver style, cited with every kind of marker the checker reads, in
// Markdown, HTML and plain-text pages, some without a list) and a record library holding the
// records, for `run.sh` to time `cite check` on. See Benchmarks/site/README.md.
import BenchmarkSupport
import Bibliography
import CiteKit
import Foundation
import Library
import PubMed

struct Options {
    var shared = URL(fileURLWithPath: "../shared")
    var pages = 1000
    var out = URL(fileURLWithPath: "/tmp/citekit-site-bench")
    var seed: UInt64 = 20261207

    init(_ arguments: [String]) {
        var i = 1
        while i < arguments.count {
            let next = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--shared": shared = URL(fileURLWithPath: next); i += 1
            case "--pages": pages = Int(next) ?? pages; i += 1
            case "--out": out = URL(fileURLWithPath: next); i += 1
            case "--seed": seed = UInt64(next) ?? seed; i += 1
            default: break
            }
            i += 1
        }
    }
}

/// The marker kinds and page formats a page is written in, in turn.
enum PageKind: CaseIterable {
    case markdownBrackets, markdownFootnotes, markdownSuperscript, html, text

    var fileExtension: String {
        switch self {
        case .markdownBrackets, .markdownFootnotes: "md"
        case .markdownSuperscript: "markdown"
        case .html: "html"
        case .text: "txt"
        }
    }

    /// A marker citing `numbers` (consecutive runs of three or more written as a range).
    func marker(_ numbers: [Int]) -> String {
        let list = Self.compact(numbers)
        switch self {
        case .markdownBrackets: return " [\(list)]"
        case .markdownFootnotes: return numbers.map { "[^\($0)]" }.joined()
        case .markdownSuperscript, .html: return "<sup>\(list)</sup>"
        case .text: return list
        }
    }

    static func compact(_ numbers: [Int]) -> String {
        guard numbers.count >= 3, let first = numbers.first, let last = numbers.last, last - first == numbers.count - 1 else {
            return numbers.map(String.init).joined(separator: ",")
        }
        return "\(first)-\(last)"
    }
}

@main
struct SiteBenchGenerate {
    static func main() throws {
        let options = Options(CommandLine.arguments)
        let records = try journalArticles(in: options.shared.appendingPathComponent("pubmed"))
        guard records.count >= 40 else { throw CocoaError(.fileReadCorruptFile) }
        var rng = SeededRandom(seed: options.seed)
        let renderer = try ReferenceListRenderer(style: "vancouver")
        let fm = FileManager.default
        try? fm.removeItem(at: options.out)
        try fm.createDirectory(at: options.out.appendingPathComponent(".citekit"), withIntermediateDirectories: true)
        try "library: .citekit/library.sqlite\nfail-on: never\nexclude: [\"drafts/**\"]\n"
            .write(to: options.out.appendingPathComponent("citekit.yaml"), atomically: true, encoding: .utf8)

        // Every record the pages cite is in the library, as a site's would be after `cite resolve`.
        let library = try RecordLibrary(path: options.out.appendingPathComponent(".citekit/library.sqlite").path)
        _ = try library.add(records.map { StoredRecord(record: $0, source: RecordSource(kind: "pubmed", origin: "site-bench")) })

        var referenceCount = 0
        for index in 0..<options.pages {
            let kind = PageKind.allCases[index % PageKind.allCases.count]
            let folder = options.out.appendingPathComponent("section-\(index % 10)/topic-\(index % 7)")
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("page-\(index).\(kind.fileExtension)")
            // One page in ten has no reference list: an about or contact page.
            if index % 10 == 9 {
                try "About this section\n\nWritten by the editors; reviewed every year.\n".write(to: file, atomically: true, encoding: .utf8)
                continue
            }
            let count = 5 + rng.below(36)
            var chosen: [Record] = []
            var used = Set<Int>()
            while chosen.count < count {
                let pick = rng.below(records.count)
                if used.insert(pick).inserted { chosen.append(records[pick]) }
            }
            referenceCount += count
            let entries = chosen.map { record in
                renderer.render([record.item]).replacingOccurrences(of: #"^\d+\.\s*"#, with: "", options: .regularExpression)
            }
            try page(kind, records: chosen, entries: entries, rng: &rng).write(to: file, atomically: true, encoding: .utf8)
        }
        print("wrote \(options.pages) pages with \(referenceCount) references (\(records.count) records in the library) to \(options.out.path)")
    }

    /// A page citing every reference in order of first citation, one to four at a time.
    static func page(_ kind: PageKind, records: [Record], entries: [String], rng: inout SeededRandom) -> String {
        var sentences: [String] = []
        var next = 1
        while next <= records.count {
            let take = min(1 + rng.below(4), records.count - next + 1)
            let numbers = Array(next..<(next + take))
            let words = (records[next - 1].item.title ?? "this topic").split(separator: " ").prefix(8).joined(separator: " ")
            let body = "Studies report findings on \(words.lowercased().trimmingCharacters(in: .punctuationCharacters))"
            sentences.append(kind == .markdownBrackets ? body + kind.marker(numbers) + "." : body + "." + kind.marker(numbers))
            next += take
        }
        let paragraphs = stride(from: 0, to: sentences.count, by: 3).map { sentences[$0..<min($0 + 3, sentences.count)].joined(separator: " ") }
        switch kind {
        case .markdownBrackets, .markdownSuperscript:
            return "# Page\n\n" + paragraphs.joined(separator: "\n\n") + "\n\n## References\n\n"
                + entries.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n") + "\n"
        case .markdownFootnotes:
            return "# Page\n\n" + paragraphs.joined(separator: "\n\n") + "\n\n"
                + entries.enumerated().map { "[^\($0.offset + 1)]: \($0.element)" }.joined(separator: "\n") + "\n"
        case .html:
            return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Page</title></head>\n<body>\n<h1>Page</h1>\n"
                + paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n") + "\n<h2>References</h2>\n<ol>\n"
                + entries.map { "  <li>\(escape($0))</li>" }.joined(separator: "\n") + "\n</ol>\n</body>\n</html>\n"
        case .text:
            return "Page\n\n" + paragraphs.joined(separator: "\n\n") + "\n\nReferences\n\n"
                + entries.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n") + "\n"
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Real journal articles with a title, authors, a journal and a year, one per PMID, in file order.
    static func journalArticles(in folder: URL) throws -> [Record] {
        let files = (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { ($0.pathExtension == "xml" || $0.lastPathComponent.hasSuffix(".xml.gz")) && !$0.path.contains("/dtd/") }
            .sorted { $0.path < $1.path }
        var seen = Set<String>()
        var records: [Record] = []
        for file in files {
            guard let found = try? PubMedReader.records(contentsOf: file) else { continue }
            for record in found {
                let item = record.item
                guard let pmid = item.pmid, item.type == .articleJournal, let title = item.title, title.count > 20,
                    !item.author.isEmpty, (item.containerTitleShort ?? item.containerTitle) != nil, item.year != nil,
                    seen.insert(pmid).inserted
                else { continue }
                records.append(record)
            }
        }
        return records
    }
}
