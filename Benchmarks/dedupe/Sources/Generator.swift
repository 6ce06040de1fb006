import BenchmarkSupport
import Bibliography
import Formats
import Foundation
import PubMed

/// Builds the evaluation library: real records (PubMed XML from `shared/pubmed`, TUGboat's BibTeX
/// from `shared/formats`), look-alike distinct works made from them (same authors and year with
/// another title, notices repeating a title, parts of a series), and every work exported one to
/// four times, each copy to another format (BibTeX, RIS, CSL-YAML, CSL-JSON) with the differences
/// real exports have. Record ids are random and the order is shuffled: the files say nothing of
/// which records are one work; `truth.json` does.
struct Generator {
    let shared: URL
    let seed: UInt64
    let works: Int

    private static let formats = ["bibtex", "ris", "csl-yaml", "csl-json"]
    private static let extensions = ["bibtex": "bib", "ris": "ris", "csl-yaml": "yaml", "csl-json": "json"]

    func run(out: URL) throws {
        var random = SeededRandom(seed: seed)
        let pubmed = try pubMedItems()
        let bibtex = try bibTeXItems()
        let originals = shuffled(
            Array(shuffled(pubmed, &random).prefix(works * 2 / 3)) + Array(shuffled(bibtex, &random).prefix(works - works * 2 / 3)), &random)
        let donors = shuffled(pubmed + bibtex, &random)

        var catalogue: [(item: Item, kind: String)] = []
        for (n, item) in originals.enumerated() {
            let roll = random.below(100)
            if roll < 8 {
                let (one, two) = parts(of: item, &random)
                catalogue.append((one, "part"))
                catalogue.append((two, "part"))
                continue
            }
            catalogue.append((item, "original"))
            if roll < 18 {
                catalogue.append((sameAuthors(item, title: donors[n % donors.count].title ?? "Untitled", &random), "same-authors"))
            } else if roll < 28 {
                catalogue.append((notice(of: item, &random), "notice"))
            }
        }

        var files: [String: [Item]] = [:]
        var truth = Truth(seed: seed, entries: [])
        for (work, entry) in catalogue.enumerated() {
            let copies = [1, 1, 1, 2, 2, 2, 3, 3, 4, 4][random.below(10)]
            for (c, format) in shuffled(Self.formats, &random).prefix(copies).enumerated() {
                var copy = c == 0 && random.chance(0.5) ? entry.item : vary(entry.item, &random)
                let id = "r" + String(random.next() % 0xFFFF_FFFF, radix: 16)
                copy.id = .string(id)
                files[format, default: []].append(copy)
                truth.entries.append(Truth.Entry(file: "records.\(Self.extensions[format] ?? format)", id: id, work: work, kind: entry.kind))
            }
        }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for format in Self.formats {
            let items = shuffled(files[format] ?? [], &random)
            let text: String
            switch format {
            case "bibtex": text = BibTeXWriter.write(items)
            case "ris": text = RISWriter.write(items)
            case "csl-yaml": text = try CSLYAMLWriter.write(items)
            default: text = String(decoding: try Bibliography(items: items).cslJSONData(pretty: true), as: UTF8.self)
            }
            try Data(text.utf8).write(to: out.appendingPathComponent("records.\(Self.extensions[format] ?? format)"))
        }
        truth.entries.sort { ($0.file, $0.id) < ($1.file, $1.id) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(truth).write(to: out.appendingPathComponent("truth.json"))
        let clusters = Dictionary(grouping: truth.entries, by: \.work).values.filter { $0.count > 1 }.count
        print("\(catalogue.count) works (\(catalogue.filter { $0.kind != "original" }.count) look-alikes), \(truth.entries.count) records, \(clusters) duplicate clusters")
    }

    // MARK: - Sources

    /// Journal articles of every PubMed file in `shared/pubmed` with a title, an author, a year and a journal, one per PMID.
    private func pubMedItems() throws -> [Item] {
        let root = shared.appendingPathComponent("pubmed")
        let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { ($0.path.hasSuffix(".xml") || $0.path.hasSuffix(".xml.gz")) && !$0.path.contains("/dtd/") }
            .sorted { $0.path < $1.path }
        var byPMID: [String: Item] = [:]
        for file in files {
            guard let reader = try? PubMedReader(contentsOf: file) else { continue }
            while let entry = try? reader.next() {
                guard case .article(let record) = entry, let pmid = record.item.pmid, usable(record.item) else { continue }
                byPMID[pmid] = record.item
            }
        }
        return byPMID.keys.sorted().compactMap { byPMID[$0] }
    }

    /// TUGboat's articles (biber's test data): a journal where columns keep their title from issue to issue.
    private func bibTeXItems() throws -> [Item] {
        let url = shared.appendingPathComponent("formats/bibtex/biber/tugboat.bib")
        return BibTeXReader.read(try Data(contentsOf: url), file: url.path).items.filter(usable)
    }

    private func usable(_ item: Item) -> Bool {
        (item.title?.count ?? 0) >= 12 && !item.author.isEmpty && item.year != nil && item.containerTitle != nil
    }

    // MARK: - Look-alike works

    /// Another work of the same authors, year and journal: another title, other pages, no identifiers
    /// (or a DOI of its own).
    private func sameAuthors(_ item: Item, title: String, _ random: inout SeededRandom) -> Item {
        var other = item
        other.title = title
        clearIdentifiers(&other)
        if random.chance(0.5) { other.doi = "10.5555/other.\(random.next() % 1_000_000)" }
        other.page = movedPages(item.page, &random)
        other.abstract = nil
        return other
    }

    /// An erratum, comment or reply: the original's title with a notice's words, or the same title;
    /// the first author or all, one page, some issues later.
    private func notice(of item: Item, _ random: inout SeededRandom) -> Item {
        var notice = item
        let title = item.title ?? ""
        notice.title = [
            "Erratum: \(title)", "Correction to: \(title)", "Comment on \"\(title)\"", "Reply to: \(title)",
            "Corrigendum to \"\(title)\"", "Retraction: \(title)", title,
        ][random.below(7)]
        clearIdentifiers(&notice)
        if random.chance(0.5) { notice.doi = "10.5555/notice.\(random.next() % 1_000_000)" }
        if random.chance(0.5), let first = item.author.first { notice.author = [first] }
        // Published some issues later: the next issues of the volume, or the next year's volume.
        let later = 1 + random.below(6)
        if let issue = Int(item.issue ?? ""), issue + later <= 12 {
            notice.issue = String(issue + later)
        } else if let year = item.year {
            notice.issued = DateValue(year: year + 1)
            notice.volume = Int(item.volume ?? "").map { String($0 + 1) } ?? item.volume
            notice.issue = item.issue == nil ? nil : String(later)
        }
        notice.page = String((Int(item.pageRanges.first?.first ?? "") ?? 100) + 50 + random.below(400))
        notice.abstract = nil
        return notice
    }

    /// Two parts of a series: the title with `Part I`/`Part II` (or `1`/`2`), consecutive pages.
    private func parts(of item: Item, _ random: inout SeededRandom) -> (Item, Item) {
        let title = (item.title ?? "").trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        let style = random.below(3)
        let names = [("Part I", "Part II"), ("Part 1", "Part 2"), ("part one", "part two")][style]
        var one = item, two = item
        one.title = "\(title): \(names.0)"
        two.title = "\(title): \(names.1)"
        clearIdentifiers(&two)
        if random.chance(0.5) { two.doi = "10.5555/part.\(random.next() % 1_000_000)" }
        two.page = movedPages(item.page, &random)
        two.abstract = nil
        return (one, two)
    }

    private func clearIdentifiers(_ item: inout Item) {
        item.doi = nil
        item.pmid = nil
        item.pmcid = nil
        item.fields["ISSN"] = nil
        item.url = nil
    }

    private func movedPages(_ page: String?, _ random: inout SeededRandom) -> String {
        let first = Int(PageRange.parseList(page ?? "").first?.first ?? "") ?? 1
        let start = first + 20 + random.below(200)
        return "\(start)-\(start + 3 + random.below(12))"
    }

    // MARK: - The differences of real exports

    private func vary(_ item: Item, _ random: inout SeededRandom) -> Item {
        var copy = item
        if random.chance(0.4) { copy.doi = nil }
        if random.chance(0.5) {
            copy.pmid = nil
            copy.pmcid = nil
        }
        if var title = copy.title {
            if random.chance(0.3) { title = recased(title, random.below(3)) }
            if random.chance(0.3), !title.hasSuffix(".") { title += "." }
            if random.chance(0.3) { title = stripAccents(title) }
            copy.title = title
        }
        if random.chance(0.4), let short = copy.containerTitleShort {
            copy.containerTitle = short
            copy.containerTitleShort = nil
        } else if random.chance(0.3) {
            copy.containerTitleShort = nil
        }
        if random.chance(0.4), let page = copy.page { copy.page = abbreviated(page) }
        var names = copy.author
        if names.count > 3, random.chance(0.3) {
            names = Array(names.prefix(random.chance(0.5) ? 1 : 3))
            copy.authorListTruncated = true
        }
        if random.chance(0.3) { names = names.map(stripAccents) }
        if random.chance(0.25) { names = names.map(initialsOnly) }
        copy.author = names
        if random.chance(0.5) { copy.abstract = nil }
        if random.chance(0.2) { copy.issue = nil }
        if random.chance(0.04), let year = copy.year { copy.issued = DateValue(year: year + 1) }
        return copy
    }

    /// The title in capitals, lower case or title case; CSL markup (`<span class="nocase">`) as it was.
    private func recased(_ title: String, _ style: Int) -> String {
        var out = ""
        var text = ""
        func flush() {
            out += [text.uppercased(), text.lowercased(), text.capitalized][style]
            text = ""
        }
        var inTag = false
        for ch in title {
            if ch == "<" { flush(); inTag = true }
            if inTag { out.append(ch) } else { text.append(ch) }
            if ch == ">" { inTag = false }
        }
        flush()
        return out
    }

    private func stripAccents(_ text: String) -> String {
        text.folding(options: .diacriticInsensitive, locale: nil)
    }

    private func stripAccents(_ name: Name) -> Name {
        var name = name
        name.family = name.family.map(stripAccents)
        name.given = name.given.map(stripAccents)
        name.literal = name.literal.map(stripAccents)
        return name
    }

    private func initialsOnly(_ name: Name) -> Name {
        var name = name
        if let given = name.given, !given.isEmpty {
            name.given = given.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { $0.first.map { "\($0)." } }.joined(separator: " ")
        }
        return name
    }

    /// `306-309` as `306-9`: the end's leading digits shared with the start left out.
    private func abbreviated(_ page: String) -> String {
        guard let range = PageRange.parseList(page).first, let last = range.last,
            let start = Int(range.first), let end = Int(last), end > start, range.first.count == last.count
        else { return page }
        let a = Array(range.first), b = Array(last)
        var i = 0
        while i < a.count - 1, a[i] == b[i] { i += 1 }
        return "\(range.first)-\(String(b[i...]))"
    }

    private func shuffled<T>(_ values: [T], _ random: inout SeededRandom) -> [T] {
        var values = values
        guard values.count > 1 else { return values }
        for i in stride(from: values.count - 1, to: 0, by: -1) { values.swapAt(i, random.below(i + 1)) }
        return values
    }
}
