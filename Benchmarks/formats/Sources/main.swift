import Foundation
import Formats

// Reads one file with a Formats reader and prints entries, seconds, entries a second and peak RSS.
// Usage: formats-bench bibtex|bibtex-entries|ris|csl-yaml|medline|medline-records|endnote FILE
//   bibtex          the file to CSL items (LaTeX decoded, names split, dates parsed), as `cite convert` reads it
//   bibtex-entries  the file to entries with their fields as strings (macros expanded, crossref
//                   resolved), the work bibtexparser 2 does
//   medline          the file to Item + RecordMetadata; medline-records: the tag/value records, the work Bio.Medline does
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: formats-bench bibtex|bibtex-entries|ris|csl-yaml|medline|medline-records|endnote FILE\n".utf8))
    exit(2)
}
let url = URL(fileURLWithPath: arguments[2])
let start = Date()
// Timed from the file on disk, as the peers are (they open and read the file too).
let count: Int
let errors: Int
// The results are kept until the clock stops, as the peers keep theirs: freeing is not timed.
var held: [Any] = []
do {
    switch arguments[1] {
    case "ris":
        let result = try RISReader.read(contentsOf: url)
        (count, errors) = (result.items.count, result.errors.count)
        held.append(result)
    case "csl-yaml":
        let result = CSLYAMLReader.read(try Data(contentsOf: url), file: url.lastPathComponent)
        (count, errors) = (result.items.count, result.errors.count)
        held.append(result)
    case "medline":
        let result = try MEDLINEReader.readRecords(contentsOf: url)
        (count, errors) = (result.records.count, result.errors.count)
        held.append(result)
    case "medline-records":
        let (entries, diagnostics) = try MEDLINEReader.entries(contentsOf: url)
        (count, errors) = (entries.count, diagnostics.filter { $0.severity == .error }.count)
        held.append(entries)
    case "endnote":
        let result = EndNoteXMLReader.read(try Data(contentsOf: url), file: url.lastPathComponent)
        (count, errors) = (result.items.count, result.errors.count)
        held.append(result)
    case "bibtex-entries":
        let result = BibTeXReader.entries(try Data(contentsOf: url), file: url.lastPathComponent)
        (count, errors) = (result.entries.count, result.diagnostics.filter { $0.severity == .error }.count)
        held.append(result)
    default:
        let result = try BibTeXReader.read(contentsOf: url)
        (count, errors) = (result.items.count, result.errors.count)
        held.append(result)
    }
} catch {
    FileHandle.standardError.write(Data("\(arguments[2]): cannot be read (\(error))\n".utf8))
    exit(2)
}
let seconds = Date().timeIntervalSince(start)
var usage = rusage()
getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
let peakMB = Double(usage.ru_maxrss) / 1024
// CPU time (user + system) as well: on a shared machine it varies less than the wall clock.
let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
let rate = String(format: "%.0f", Double(count) / seconds)
print("swift-formats \(arguments[1]) entries=\(count) errors=\(errors) seconds=\(String(format: "%.3f", seconds)) entries/s=\(rate) cpu_s=\(String(format: "%.3f", cpu)) peak_mb=\(String(format: "%.1f", peakMB))")
withExtendedLifetime(held) {}
