import Foundation
import Formats

/// MEDLINE at two levels, both kept until the figures are printed (as Bio.Medline's dicts are kept):
/// `medline-records`, the tag/value records (what `Bio.Medline.parse` yields), and `medline`, the
/// records mapped to Item and RecordMetadata. The file is read a slice at a time (as Bio.Medline
/// reads its file); the process ends without freeing the records.
func benchMEDLINE(mode: String, url: URL, start: Date) -> Never {
    do {
        if mode == "medline-records" {
            let (entries, diagnostics) = try MEDLINEReader.entries(contentsOf: url)
            printFigures(mode: mode, count: entries.count, errors: diagnostics.filter { $0.severity == .error }.count, start: start)
            withExtendedLifetime(entries) { exit(0) }
        } else {
            let result = try MEDLINEReader.readRecords(contentsOf: url)
            printFigures(mode: mode, count: result.records.count, errors: result.errors.count, start: start)
            withExtendedLifetime(result) { exit(0) }
        }
    } catch {
        FileHandle.standardError.write(Data("\(url.path): \(error.localizedDescription)\n".utf8))
        exit(2)
    }
}

private func printFigures(mode: String, count: Int, errors: Int, start: Date) {
    let seconds = Date().timeIntervalSince(start)
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    let peakMB = Double(usage.ru_maxrss) / 1024
    let rate = String(format: "%.0f", Double(count) / seconds)
    print("swift-formats \(mode) entries=\(count) errors=\(errors) seconds=\(String(format: "%.3f", seconds)) entries/s=\(rate) peak_mb=\(String(format: "%.1f", peakMB))")
}
