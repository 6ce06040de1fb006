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
        let bytes = [UInt8](data)
        var parser = BibTeXParser(bytes: bytes, file: file)
        parser.parse()
        var entries = parser.entries
        var diagnostics = parser.diagnostics
        let lines = LineIndex(Array(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]))
        for miss in BibTeXInheritance.resolve(&entries) {
            let e = entries[miss.entry]
            diagnostics.append(FormatDiagnostic(
                file: file, location: lines.location(of: e.offset), severity: .warning,
                message: "@\(e.type){\(e.key): \(miss.field) '\(miss.key)' names no entry in this file"))
        }
        diagnostics.sort { $0.location < $1.location }
        return (entries, parser.preambles, diagnostics)
    }

    /// The items of a BibTeX or biblatex file; `@xdata` entries (data containers) are not items.
    public static func read(_ data: Data, file: String) -> FormatReadResult {
        var (entries, _, diagnostics) = self.entries(data, file: file)
        // Entries are released as their items are built (from the end), so both are not held whole.
        var items: [Item] = []
        items.reserveCapacity(entries.count)
        while let entry = entries.popLast() {
            if entry.type != "xdata" { items.append(entry.item()) }
        }
        items.reverse()
        return FormatReadResult(items: items, diagnostics: diagnostics)
    }

    /// Reads a file from disk.
    public static func read(contentsOf url: URL) throws -> FormatReadResult {
        read(try Data(contentsOf: url), file: url.lastPathComponent)
    }
}
