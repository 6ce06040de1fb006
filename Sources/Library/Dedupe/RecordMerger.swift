import Bibliography
import Foundation

/// Merges records of one work into one: every identifier, and for each field the richest value
/// any of them has.
///
/// The base is the record with the strongest identifier (PMID, DOI, PMCID), then the latest
/// revision, then the most fields; its title, type, metadata and source bytes are kept. Of the
/// others it takes: the longest author list (a full list over one cut short with "et al."), the
/// fullest date, the page range written out in full, the longest abstract and journal title (the
/// shorter journal title becomes the abbreviation when the base has none), and any field the base
/// lacks. Merging a record into the result again changes nothing.
enum RecordMerger {
    /// A record taking part in a merge.
    struct Member {
        var stored: StoredRecord
        var key: String

        var identity: RecordIdentity { RecordIdentity(stored.record) }

        /// What this member contributes to the merged record's list of sources.
        var sourceList: [MergedSource] {
            stored.mergedFrom ?? [MergedSource(key: key, item: stored.record.item.idString, kind: stored.source.kind, origin: stored.source.origin)]
        }
    }

    /// The merged record and the list of its sources.
    /// - Returns: `nil` for no members.
    static func merge(_ members: [Member]) -> (stored: StoredRecord, sources: [MergedSource])? {
        let ordered = order(members)
        guard let base = ordered.first else { return nil }
        var item = base.stored.record.item
        let items = ordered.map(\.stored.record.item)

        var identity = base.identity
        for member in ordered.dropFirst() { identity = identity.union(member.identity) }
        if item.pmid.flatMap(Identifiers.normalizedPMID) == nil, let pmid = identity.pmid { item.pmid = pmid }
        if item.doi.flatMap(Identifiers.normalizedDOI) == nil { item.doi = items.compactMap(\.doi).first { Identifiers.normalizedDOI($0) != nil } ?? identity.doi }
        if item.pmcid.flatMap(Identifiers.normalizedPMCID) == nil, let pmcid = identity.pmcid { item.pmcid = pmcid }

        if let authors = best(items, by: authorRank) {
            item.author = authors.author
            item.authorListTruncated = authors.authorListTruncated
        }
        if let dated = best(items.filter { $0.issued != nil }, by: { dateRank($0.issued) }) { item.issued = dated.issued }
        if let paged = best(items.filter { $0.page != nil }, by: { pageRank($0.page ?? "") }) { item.page = paged.page }
        if let abstract = best(items.compactMap(\.abstract), by: { [$0.count] }) { item.abstract = abstract }
        let journals = items.compactMap(\.containerTitle)
        if let full = best(journals, by: { [$0.count] }) {
            item.containerTitle = full
            if item.containerTitleShort == nil {
                let shorter = items.compactMap(\.containerTitleShort).first
                    ?? journals.filter { WorkText.fold($0) != WorkText.fold(full) }.min { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
                if let shorter { item.containerTitleShort = shorter }
            }
        }
        if item.title == nil, let title = items.compactMap(\.title).first { item.title = title }
        // Chosen above as a whole: not filled in piecemeal.
        let chosenFields: Set<String> = [Item.authorEtAlField, "journalAbbreviation", "container-title-short"]
        // Any other variable the base lacks, from the first record that has it.
        for other in items.dropFirst() {
            for (key, value) in other.fields where item.fields[key] == nil && !chosenFields.contains(key) { item.fields[key] = value }
            for (key, value) in other.names where item.names[key] == nil { item.names[key] = value }
            for (key, value) in other.dates where item.dates[key] == nil { item.dates[key] = value }
        }

        var stored = base.stored
        stored.record.item = item
        stored.mergedFrom = nil
        var sources: [MergedSource] = []
        var seen = Set<[String]>()
        // In the order given (stored rows first), so that merging a record in again keeps the list.
        for member in members {
            for source in member.sourceList where seen.insert([source.kind, source.origin, source.item]).inserted {
                sources.append(source)
            }
        }
        return (stored, sources)
    }

    /// Members best first: strongest identifier, latest revision, most fields, then the order
    /// given (stored rows before the record being added; `dedupe` gives them in key order).
    static func order(_ members: [Member]) -> [Member] {
        members.enumerated().sorted { x, y in
            let a = x.element, b = y.element
            let sa = a.identity.strength, sb = b.identity.strength
            if sa != sb { return sa > sb }
            let ra = a.stored.revised ?? "", rb = b.stored.revised ?? ""
            if ra != rb { return ra > rb }
            let fa = fieldCount(a.stored.record.item), fb = fieldCount(b.stored.record.item)
            if fa != fb { return fa > fb }
            return x.offset < y.offset
        }
        .map(\.element)
    }

    private static func fieldCount(_ item: Item) -> Int { item.fields.count + item.names.count + item.dates.count }

    /// The first element with the greatest rank (ranks compared in order).
    private static func best<T>(_ values: [T], by rank: (T) -> [Int]) -> T? {
        var winner: T?
        var winnerRank: [Int] = []
        for value in values {
            let r = rank(value)
            if winner == nil || winnerRank.lexicographicallyPrecedes(r) {
                winner = value
                winnerRank = r
            }
        }
        return winner
    }

    /// More names first; a complete list over one cut short with "et al."; then fuller names.
    private static func authorRank(_ item: Item) -> [Int] {
        let names = item.author
        return [names.count, item.authorListTruncated ? 0 : 1, names.reduce(0) { $0 + ($1.given?.count ?? 0) + ($1.family?.count ?? 0) }]
    }

    /// A date with more parts (year, month, day) is fuller.
    private static func dateRank(_ date: DateValue?) -> [Int] {
        [date?.dateParts.first?.count ?? 0]
    }

    /// A range over a single page; a range written in full (`123-129`) over an abbreviated one (`123-9`).
    private static func pageRank(_ page: String) -> [Int] {
        let ranges = PageRange.parseList(page)
        let withEnd = ranges.filter { $0.last != nil }.count
        let written = page.filter { $0.isLetter || $0.isNumber }.count
        return [withEnd, written]
    }
}
