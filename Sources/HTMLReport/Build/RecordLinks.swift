/// Links to a record's public page, from the record ids the checker reports.
enum RecordLinks {
    /// `pmid:N` → its PubMed page, `doi:X` → its DOI resolver; other ids (a local record's) have none.
    static func href(forRecordID id: String) -> String? {
        if id.hasPrefix("pmid:"), case let pmid = id.dropFirst(5), !pmid.isEmpty, pmid.allSatisfy(\.isNumber) {
            return "https://pubmed.ncbi.nlm.nih.gov/\(pmid)/"
        }
        if id.hasPrefix("doi:"), case let doi = id.dropFirst(4), doi.hasPrefix("10.") {
            return "https://doi.org/" + OutputPaths.percentEncodedDOI(String(doi))
        }
        return nil
    }

    /// A match score with two decimals (`0.93`).
    static func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
