import Bibliography
import Foundation

/// Reads BibTeX and biblatex files into CSL items.
///
/// ```swift
/// let result = BibTeXReader.read(data, file: "refs.bib")
/// for d in result.diagnostics { print(d) }   // refs.bib:12:3: error: ...
/// ```
public enum BibTeXReader {
    /// The entries of a file as written (macros expanded, inheritance resolved), with diagnostics.
    public static func entries(_ data: Data, file: String) -> (entries: [BibTeXEntry], preambles: [String], diagnostics: [FormatDiagnostic]) {
        data.withUnsafeBytes { raw in
            var parser = BibTeXParser(bytes: raw.assumingMemoryBound(to: UInt8.self), file: file)
            var entries: [BibTeXEntry] = []
            while let entry = parser.next() { entries.append(entry) }
            let targets = entries.indices.filter { entries[$0]["crossref"] != nil || entries[$0]["xdata"] != nil }
            var resolved: [Int: BibTeXEntry] = [:]
            for k in targets { resolved[k] = entries[k] }
            var diagnostics = parser.diagnostics
            if !targets.isEmpty {
                let misses = BibTeXInheritance.resolve(keys: entries.map(\.key), entries: &resolved, targets: targets) { entries[$0] }
                for (k, entry) in resolved { entries[k] = entry }
                diagnostics += misses.map { parser.missingParent($0, in: entries[$0.entry]) }
            }
            diagnostics.sort { $0.location < $1.location }
            return (entries, parser.preambles, diagnostics)
        }
    }

    /// The items of a BibTeX or biblatex file; `@xdata` entries (data containers) are not items.
    public static func read(_ data: Data, file: String) -> FormatReadResult {
        data.withUnsafeBytes { raw in read(raw.assumingMemoryBound(to: UInt8.self), file: file, consumed: { _ in }) }
    }

    /// Reads a file from disk, mapped rather than copied into memory, and handing back the pages
    /// read as it goes: memory holds the items, not the file.
    public static func read(contentsOf url: URL) throws -> FormatReadResult {
        guard let mapped = MappedFile(url: url) else { return read(try Data(contentsOf: url), file: url.lastPathComponent) }
        return mapped.withBytes { read($0, file: url.lastPathComponent, consumed: mapped.release(before:)) }
    }

    /// Each entry becomes an item as soon as it is read and is dropped; only entries that inherit
    /// (`crossref`, `xdata`) wait for the end of the file, where their parents are read again.
    /// `consumed` is told how far the bytes have been read.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, consumed: (Int) -> Void) -> FormatReadResult {
        var parser = BibTeXParser(bytes: bytes, file: file)
        parser.keepsOnlyMappedFields = true
        var items: [Item] = []
        // Entries that inherit: their position among the entries, and their item's slot (none for @xdata).
        var waiting: [(position: Int, slot: Int?)] = []
        var inheriting: [Int: BibTeXEntry] = [:]
        // Items with equal dates share one copy of them: in a real bibliography few dates (years,
        // months) recur over thousands of entries, and a date dictionary costs ~400 bytes an item.
        // Only the usual case, an `issued` date alone, is shared: keyed by the date, not the dictionary.
        var sharedDates: [DateValue: [String: DateValue]] = [:]
        var position = 0
        while let (entry, fields) = parser.nextWithFields() {
            let isItem = entry.type != "xdata"
            if fields[.crossref] != nil || fields[.xdata] != nil {
                waiting.append((position, isItem ? items.count : nil))
                inheriting[position] = entry
                if isItem { items.append(Item(id: "")) }
            } else if isItem {
                var item = entry.item(fields)
                if item.dates.count == 1, let issued = item.dates["issued"] {
                    if let shared = sharedDates[issued] { item.dates = shared } else { sharedDates[issued] = item.dates }
                }
                items.append(item)
            }
            position += 1
            consumed(parser.position)
        }
        var diagnostics = parser.diagnostics
        if !waiting.isEmpty {
            let headers = parser.headers
            let misses = BibTeXInheritance.resolve(
                keys: headers.map(parser.key(of:)), entries: &inheriting, targets: waiting.map(\.position)
            ) { parser.reparse(headers[$0]) }
            for (position, slot) in waiting {
                if let slot, let entry = inheriting[position] { items[slot] = entry.item() }
            }
            diagnostics += misses.compactMap { miss in inheriting[miss.entry].map { parser.missingParent(miss, in: $0) } }
        }
        diagnostics.sort { $0.location < $1.location }
        return FormatReadResult(items: items, diagnostics: diagnostics)
    }
}

extension BibTeXParser {
    /// The warning for a `crossref` or `xdata` key that names no entry.
    func missingParent(_ miss: (entry: Int, field: String, key: String), in entry: BibTeXEntry) -> FormatDiagnostic {
        diagnostic(at: entry.offset, .warning, "@\(entry.type){\(entry.key): \(miss.field) '\(miss.key)' names no entry in this file")
    }
}
