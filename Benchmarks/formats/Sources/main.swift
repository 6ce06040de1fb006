import Foundation
import Formats

// Reads one file with a Formats reader and prints entries, seconds, entries a second and peak RSS.
// Usage: formats-bench bibtex|ris|csl-yaml|medline|medline-records|endnote FILE
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: formats-bench bibtex|ris|csl-yaml|medline|medline-records|endnote FILE\n".utf8))
    exit(2)
}
let url = URL(fileURLWithPath: arguments[2])
let start = Date()
if arguments[1].hasPrefix("medline") { benchMEDLINE(mode: arguments[1], url: url, start: start) }
guard let data = try? Data(contentsOf: url) else {
    FileHandle.standardError.write(Data("\(arguments[2]): cannot be read\n".utf8))
    exit(2)
}
let result: FormatReadResult
switch arguments[1] {
case "ris": result = RISReader.read(data, file: url.lastPathComponent)
case "csl-yaml": result = CSLYAMLReader.read(data, file: url.lastPathComponent)
case "endnote": result = EndNoteXMLReader.read(data, file: url.lastPathComponent)
default: result = BibTeXReader.read(data, file: url.lastPathComponent)
}
let seconds = Date().timeIntervalSince(start)
var usage = rusage()
getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
let peakMB = Double(usage.ru_maxrss) / 1024
let rate = String(format: "%.0f", Double(result.items.count) / seconds)
print("swift-formats \(arguments[1]) entries=\(result.items.count) errors=\(result.errors.count) seconds=\(String(format: "%.3f", seconds)) entries/s=\(rate) peak_mb=\(String(format: "%.1f", peakMB))")
