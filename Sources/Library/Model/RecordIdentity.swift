import Bibliography

/// The identifiers that key a record in the library, normalised with ``Identifiers``.
///
/// The strongest identifier names the record: PMID, else DOI, else PMCID. Two records are the same
/// work when they share an identifier and none of their identifiers conflict (two different DOIs,
/// PMIDs or PMCIDs are two works, whatever else they share).
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
    var id: String? { keys.first }

    /// Every key the record could be stored under, strongest first.
    var keys: [String] {
        var keys: [String] = []
        if let pmid { keys.append("pmid:" + pmid) }
        if let doi { keys.append("doi:" + doi) }
        if let pmcid { keys.append("pmcid:" + pmcid) }
        return keys
    }

    /// 3 for a PMID, 2 for a DOI, 1 for a PMCID, 0 for none: a record is never replaced by one
    /// known by a weaker identifier.
    var strength: Int { pmid != nil ? 3 : doi != nil ? 2 : pmcid != nil ? 1 : 0 }

    /// Whether both have a PMID, a DOI or a PMCID, and these differ: then they are two works.
    func conflicts(with other: RecordIdentity) -> Bool {
        func differ(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b else { return false }
            return a != b
        }
        return differ(pmid, other.pmid) || differ(doi, other.doi) || differ(pmcid, other.pmcid)
    }

    /// Whether both have the same PMID, DOI or PMCID.
    func sharesIdentifier(with other: RecordIdentity) -> Bool {
        (pmid != nil && pmid == other.pmid) || (doi != nil && doi == other.doi) || (pmcid != nil && pmcid == other.pmcid)
    }

    /// Whether both name the same work: they share an identifier and none conflicts.
    func isSameWork(as other: RecordIdentity) -> Bool {
        sharesIdentifier(with: other) && !conflicts(with: other)
    }

    /// The identifiers of both (for a merge of records that do not conflict).
    func union(_ other: RecordIdentity) -> RecordIdentity {
        RecordIdentity(pmid: pmid ?? other.pmid, doi: doi ?? other.doi, pmcid: pmcid ?? other.pmcid)
    }
}
