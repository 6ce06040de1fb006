import Bibliography

/// Lists the fields in which a cited reference disagrees with its record.
///
/// Only fields the record has are judged (a record built from partial facts proves nothing
/// about the fields it lacks); a field the record has and the reference leaves out is reported
/// for the issue, which Vancouver requires.
public struct FieldComparator: Sendable {
    /// A comparator; it has no settings.
    public init() {}

    /// The discrepancies between a cited item and its record, in field order.
    public func discrepancies(cited: Item, record: Record) -> [Discrepancy] {
        var out: [Discrepancy] = []
        out += authors(cited: cited, record: record)
        if let d = title(cited: cited.title, record: record.item.title) { out.append(d) }
        if let d = journal(cited: cited, record: record) { out.append(d) }
        if let d = year(cited: cited.year, record: record.item.year) { out.append(d) }
        if let d = plain(.volume, cited.volume, record.item.volume) { out.append(d) }
        if let d = issue(cited: cited.issue, record: record.item.issue) { out.append(d) }
        if let d = pages(cited: cited.page, record: record.item.page) { out.append(d) }
        if let d = doi(cited: cited.doi, record: record.item.doi) { out.append(d) }
        return out
    }

    // MARK: authors

    func authors(cited: Item, record: Record) -> [Discrepancy] {
        let recordNames = record.item.author
        guard !recordNames.isEmpty else { return [] }
        var citedNames = cited.author
        var etAl = EtAl.isMarked(cited)
        if let last = citedNames.last, EtAl.isEtAlName(last) {
            citedNames.removeLast()
            etAl = true
        }
        guard !citedNames.isEmpty else { return [] }
        var out: [Discrepancy] = []
        for (i, (c, r)) in zip(citedNames, recordNames).enumerated() {
            let position = "author \(i + 1)"
            let cs = MatchText.squeezed(c.family ?? c.literal ?? "")
            let rs = MatchText.squeezed(r.family ?? r.literal ?? "")
            if cs != rs {
                out.append(Discrepancy(field: .author, cited: c.vancouverForm, record: r.vancouverForm,
                                       detail: "\(position): surname \"\(c.family ?? c.literal ?? "")\" where the record has \"\(r.family ?? r.literal ?? "")\""))
                continue
            }
            let ci = c.initials.uppercased(), ri = r.initials.uppercased()
            guard !ci.isEmpty, !ri.isEmpty, ci != ri else { continue }
            let detail = ri.hasPrefix(ci)
                ? "\(position): initials \"\(ci)\" are incomplete; the record has \"\(ri)\""
                : "\(position): initials \"\(ci)\" where the record has \"\(ri)\""
            out.append(Discrepancy(field: .author, cited: c.vancouverForm, record: r.vancouverForm, detail: detail))
        }
        let recordComplete = !record.item.authorListIncomplete
        if citedNames.count < recordNames.count, !etAl {
            let total = recordComplete ? "\(recordNames.count)" : "at least \(recordNames.count)"
            out.append(Discrepancy(
                field: .author,
                cited: citedNames.map(\.vancouverForm).joined(separator: ", "),
                record: recordNames.map(\.vancouverForm).joined(separator: ", "),
                detail: "lists \(citedNames.count) of \(total) authors without \"et al.\""))
        } else if citedNames.count > recordNames.count, recordComplete {
            out.append(Discrepancy(
                field: .author,
                cited: citedNames.map(\.vancouverForm).joined(separator: ", "),
                record: recordNames.map(\.vancouverForm).joined(separator: ", "),
                detail: "lists \(citedNames.count) authors; the record has \(recordNames.count)"))
        }
        return out
    }

    // MARK: title

    func title(cited: String?, record: String?) -> Discrepancy? {
        guard let cited, let record else { return nil }
        let diff = WordDiff(cited: cited, record: record)
        guard !diff.isEmpty else { return nil }
        return Discrepancy(field: .title, cited: cited, record: record, detail: "title \(diff.description)")
    }

    // MARK: journal

    func journal(cited: Item, record: Record) -> Discrepancy? {
        guard let citedText = cited.containerTitle ?? cited.containerTitleShort else { return nil }
        let forms = [record.item.containerTitleShort, record.metadata.journal?.medlineTA, record.item.containerTitle]
            .compactMap { $0 }.filter { !$0.isEmpty }
        guard let shown = forms.first else { return nil }
        let c = JournalTitle(citedText)
        let citedKey = MatchText.words(citedText)
        for form in forms {
            // The NLM abbreviation or the full title, up to case and punctuation.
            if MatchText.words(form) == citedKey { return nil }
        }
        // A consistent abbreviation of the full title (every word abbreviated, in order) is accepted.
        if let full = record.item.containerTitle, c.isEquivalent(to: JournalTitle(full)) { return nil }
        let target = JournalTitle(shown)
        let missing = target.unmatchedWords(against: c)
        let extra = c.unmatchedWords(against: target)
        var parts: [String] = []
        if !missing.isEmpty { parts.append("lacks " + missing.map { "\"\($0)\"" }.joined(separator: ", ")) }
        if !extra.isEmpty { parts.append("has " + extra.map { "\"\($0)\"" }.joined(separator: ", ") + " not in it") }
        if parts.isEmpty { parts.append("words are abbreviated differently") }
        return Discrepancy(field: .journal, cited: citedText, record: shown,
                           detail: "journal is not \"\(shown)\": " + parts.joined(separator: "; "))
    }

    // MARK: numbers

    func year(cited: Int?, record: Int?) -> Discrepancy? {
        guard let cited, let record, cited != record else { return nil }
        return Discrepancy(field: .year, cited: String(cited), record: String(record),
                           detail: "year \(cited) where the record has \(record)")
    }

    func plain(_ field: Discrepancy.Field, _ cited: String?, _ record: String?) -> Discrepancy? {
        guard let cited, let record else { return nil }
        guard MatchText.squeezed(cited) != MatchText.squeezed(record) else { return nil }
        return Discrepancy(field: field, cited: cited, record: record,
                           detail: "\(field.rawValue) \(cited) where the record has \(record)")
    }

    func issue(cited: String?, record: String?) -> Discrepancy? {
        guard let record else { return nil }
        guard let cited else {
            return Discrepancy(field: .issue, cited: nil, record: record, detail: "issue missing; the record has \(record)")
        }
        return plain(.issue, cited, record)
    }

    func pages(cited: String?, record: String?) -> Discrepancy? {
        guard let record, !PageRange.parseList(record).isEmpty else { return nil }
        guard let cited else {
            return Discrepancy(field: .pages, cited: nil, record: record,
                               detail: "pages missing; the record has \(PageRange.expandedList(record))")
        }
        if PageRange.samePages(cited, record) { return nil }
        let c = PageRange.expandedList(cited), r = PageRange.expandedList(record)
        var detail = "pages \(c) where the record has \(r)"
        let cr = PageRange.parseList(cited), rr = PageRange.parseList(record)
        if cr.count == 1, rr.count > 1, cr[0].first == rr.first?.first, cr[0].last == rr.last?.last ?? rr.last?.first {
            detail += " (the article is split; the cited range includes pages that are not part of it)"
        }
        return Discrepancy(field: .pages, cited: cited, record: record, detail: detail)
    }

    func doi(cited: String?, record: String?) -> Discrepancy? {
        guard let cited, let record else { return nil }
        let c = Identifiers.normalizedDOI(cited), r = Identifiers.normalizedDOI(record)
        guard let r, c != r else { return nil }
        return Discrepancy(field: .doi, cited: cited, record: record, detail: "DOI \(cited) where the record has \(r)")
    }
}
