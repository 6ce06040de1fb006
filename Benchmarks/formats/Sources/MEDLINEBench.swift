import Foundation
import Formats

/// MEDLINE at two levels, both kept until the figures are printed (as Bio.Medline's dicts are kept):
/// `medline-records`, the tag/value records (what `Bio.Medline.parse` yields), and `medline`, the
/// records mapped to Item and RecordMetadata.
func benchMEDLINE(mode: String, data: Data, file: String, start: Date) {
    let count: Int
    let errors: Int
    if mode == "medline-records" {
        let (entries, diagnostics) = MEDLINEReader.entries(data, file: file)
        count = entries.count
        errors = diagnostics.filter { $0.severity == .error }.count
        printFigures(mode: mode, count: count, errors: errors, start: start)
        withExtendedLifetime(entries) {}
    } else {
        let result = MEDLINEReader.readRecords(data, file: file)
        count = result.records.count
        errors = result.errors.count
        printFigures(mode: mode, count: count, errors: errors, start: start)
        withExtendedLifetime(result) {}
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
