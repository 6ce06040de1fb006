import Bibliography

/// The identifiers that key a record in the library, normalised with ``Identifiers``.
///
/// The strongest identifier names the record: PMID, else DOI, else PMCID. Two records are the same
/// work when the strongest identifier they both have is equal.
struct RecordIdentity: Sendable, Hashable {
    var pmid: String?
    var doi: String?
    var pmcid: String?

    init(pmid: String?, doi: String?, pmcid: String?) {
        self.pmid = pmid
        self.doi = doi
        self.pmcid = pmcid
    }

    /// The identifiers of a record: the item's fields first, then the PubMed metadata and its article ids.
    init(_ record: Record) {
        let item = record.item
        let metadata = record.metadata
        pmid = (item.pmid ?? metadata.pmid).flatMap(Identifiers.normalizedPMID)
        doi = item.doi.flatMap(Identifiers.normalizedDOI)
            ?? metadata.articleIDs.first { $0.type.lowercased() == "doi" }.flatMap { Identifiers.normalizedDOI($0.value) }
        pmcid = item.pmcid.flatMap(Identifiers.normalizedPMCID)
            ?? metadata.articleIDs.first { $0.type.lowercased() == "pmc" }.flatMap { Identifiers.normalizedPMCID($0.value) }
    }

    /// `pmid:N`, `doi:...` or `pmcid:PMCN`; `nil` without any identifier.
    var id: String? {
        if let pmid { return "pmid:" + pmid }
        if let doi { return "doi:" + doi }
        if let pmcid { return "pmcid:" + pmcid }
        return nil
    }

    /// 3 for a PMID, 2 for a DOI, 1 for a PMCID, 0 for none: a record is never replaced by one
    /// known by a weaker identifier.
    var strength: Int { pmid != nil ? 3 : doi != nil ? 2 : pmcid != nil ? 1 : 0 }

    /// Whether both name the same work: the strongest identifier both have is equal.
    func isSameWork(as other: RecordIdentity) -> Bool {
        if let a = pmid, let b = other.pmid { return a == b }
        if let a = doi, let b = other.doi { return a == b }
        if let a = pmcid, let b = other.pmcid { return a == b }
        return false
    }
}
