import Bibliography
import Foundation
import PubMed

/// The PubMed records the loopback server answers from, each with its own `<PubmedArticle>` bytes.
public struct PubMedCorpus: Sendable {
    struct Entry: Sendable {
        var record: Record
        var raw: Data
        var titleWords: [String]
        var allWords: Set<String>
        var authors: [String]       // "family initials", folded
        var journals: Set<String>   // full title, MEDLINE and ISO abbreviations, folded
        var year: String?
        var volume: String?
        var firstPage: String?
        var articleIDs: Set<String> // DOIs, PIIs, PMCIDs, lowercased
    }

    private(set) var entries: [Entry] = []
    private var byPMID: [String: Int] = [:]

    public init() {}

    /// A corpus of every article of the given PubMed XML files.
    public init(files: [URL]) throws {
        for file in files { try add(contentsOf: file) }
    }

    public var count: Int { entries.count }

    /// Adds every article of a PubMed XML file; a `.gz` file is read through `gzip -dc`.
    public mutating func add(contentsOf file: URL) throws {
        try add(xml: file.pathExtension == "gz" ? Self.gunzip(file) : Data(contentsOf: file), name: file.path)
    }

    static func gunzip(_ file: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return data
    }

    /// Adds the articles of PubMed XML bytes.
    public mutating func add(xml data: Data, name: String) throws {
        let records = try PubMedReader.records(data: data, name: name)
        let raws = ArticleBytes.split(data)
        for record in records {
            guard let pmid = record.item.pmid, byPMID[pmid] == nil, let raw = raws[pmid] else { continue }
            byPMID[pmid] = entries.count
            entries.append(Self.entry(record, raw: raw))
        }
    }

    static func entry(_ record: Record, raw: Data) -> Entry {
        let item = record.item
        let title = item.title ?? ""
        var all = Set(TextKey.words(title))
        all.formUnion(TextKey.words(item.abstract ?? ""))
        let authors = item.author.map { name -> String in
            let family = [name.nonDroppingParticle, name.family ?? name.literal].compactMap { $0 }.joined(separator: " ")
            return TextKey.words(family + " " + name.initials).joined(separator: " ")
        }
        var journals = Set<String>()
        for j in [item.containerTitle, item.containerTitleShort, record.metadata.journal?.medlineTA].compactMap({ $0 }) {
            journals.insert(TextKey.journal(j))
        }
        var ids = Set(record.metadata.articleIDs.map { $0.value.lowercased() })
        if let doi = item.doi { ids.insert(doi.lowercased()) }
        if let pmc = item.pmcid { ids.insert(pmc.lowercased()) }
        return Entry(record: record, raw: raw, titleWords: TextKey.words(title), allWords: all, authors: authors,
                     journals: journals, year: item.year.map(String.init), volume: item.volume,
                     firstPage: item.pageRanges.first?.first ?? record.metadata.startPage, articleIDs: ids)
    }

    /// Drops these PMIDs from the corpus (records the server must not know).
    public mutating func remove(pmids: Set<String>) {
        entries.removeAll { $0.record.item.pmid.map(pmids.contains) ?? false }
        byPMID = [:]
        for (i, e) in entries.enumerated() { if let p = e.record.item.pmid { byPMID[p] = i } }
    }

    func entry(pmid: String) -> Entry? { byPMID[pmid].map { entries[$0] } }

    /// The PMIDs an ESearch term finds, newest PMID first (PubMed's default order is by date).
    func search(_ term: SearchExpression) -> [String] {
        entries.filter { term.matches($0) }.compactMap(\.record.item.pmid)
            .sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }
    }

    /// ECitMatch over the documented fields: every field given must agree.
    func citationMatch(journal: String, year: String, volume: String, page: String, author: String) -> CitationMatchAnswer {
        let j = TextKey.journal(journal)
        let inJournal = entries.filter { $0.journals.contains(j) }
        if inJournal.isEmpty { return .notFound(invalidJournal: !j.isEmpty) }
        let a = TextKey.words(author).joined(separator: " ")
        let hits = inJournal.filter { e in
            (year.isEmpty || e.year == year) && (volume.isEmpty || e.volume == volume)
                && (page.isEmpty || e.firstPage == page) && (a.isEmpty || e.authors.first.map { $0.hasPrefix(a) } == true)
        }
        switch hits.count {
        case 0: return .notFound(invalidJournal: false)
        case 1: return .found(hits[0].record.item.pmid ?? "")
        default: return .ambiguous(hits.compactMap(\.record.item.pmid))
        }
    }

    enum CitationMatchAnswer {
        case found(String)
        case notFound(invalidJournal: Bool)
        case ambiguous([String])
    }
}
