import Bibliography
import PubMed

extension MEDLINEReader.Entry {
    /// The record this entry describes, built by the same rules as the PubMed XML mapping.
    public func record() -> Record {
        var mapper = MEDLINEMapper()
        for field in fields { mapper.apply(field) }
        return mapper.finish()
    }
}

/// Maps MEDLINE fields onto a ``RecordBuilder``, field by field in file order.
struct MEDLINEMapper {
    private var b = RecordBuilder(type: .articleJournal)
    private var authors: [(name: Name, detail: AuthorDetail)] = []
    private var editors: [Name] = []
    private var journal = JournalInfo()
    private var hasJournal = false
    private var keywordOwner: String?
    private var otherAbstract: OtherAbstract?
    private var articleIDs: [ArticleID] = []
    private var pmcID: String?
    private var manuscriptID: String?
    private var extraHistory: [HistoryDate] = []
    private var bookTitle: String?
    private var placeOfPublication: String?

    mutating func apply(_ field: MEDLINEReader.Entry.Field) {
        let value = field.value
        defer { lastTag = field.tag }
        // An empty field says nothing (JabRef's and hand-edited files have them).
        guard !value.isEmpty else { return }
        switch field.tag {
        case "PMID": if b.metadata.pmid == nil { b.metadata.pmid = value }
        case "STAT": b.metadata.status = value
        case "DA": b.metadata.dateCreated = Self.compactDate(value)
        case "DCOM": b.metadata.dateCompleted = Self.compactDate(value)
        case "LR": b.metadata.dateRevised = Self.compactDate(value)
        case "IS": issn(value)
        case "VI": b.item.volume = value
        case "IP": b.item.issue = value
        case "DP": b.item.issued = Self.publicationDate(value)
        case "TI": b.item.title = TitleText.withoutFinalPeriod(value)
        case "BTI": bookTitle = value
        case "CTI": b.item.collectionTitle = value
        case "TT": b.metadata.vernacularTitle = value
        case "PG": b.item.page = ArticleMapper.expandedPages(value)
        case "LID": b.addArticleID(Self.articleID(value, defaultType: "pii", fromELocation: true))
        case "AID": articleIDs.append(Self.articleID(value, defaultType: "unknown", fromELocation: false))
        case "PMC": pmcID = value
        case "MID": manuscriptID = value
        case "OID": otherID(value)
        case "ISBN":
            if b.item.isbn == nil { b.item.isbn = value }
            b.addArticleID(ArticleID(type: "isbn", value: value))
        case "AB": abstract(value)
        case "CI": b.metadata.abstractCopyright = value
        case "FAU": authors.append(Self.person(full: value))
        case "AU": abbreviatedAuthor(value)
        case "CN": authors.append((Name(literal: value), AuthorDetail()))
        case "AD": if !authors.isEmpty { authors[authors.count - 1].detail.affiliations.append(value) }
        case "AUID": authorIdentifier(value)
        case "FED": editors.append(Self.person(full: value).name)
        case "ED": if lastTag != "FED" { editors.append(Self.person(abbreviated: value)) }
        case "FIR": b.metadata.investigators.append(Self.person(full: value).name)
        case "IR": if lastTag != "FIR" { b.metadata.investigators.append(Self.person(abbreviated: value)) }
        case "LA":
            if b.item.language == nil { b.item.language = LanguageTag.bcp47(value) }
            b.metadata.languages.append(value)
        case "GR": b.metadata.grants.append(Self.grant(value))
        case "PT": b.metadata.publicationTypes.append(PublicationType(name: value))
        case "DEP": if let parts = Self.compactDate(value) { b.metadata.articleDates.append(HistoryDate(status: "Electronic", date: parts)) }
        case "PL": placeOfPublication = value
        case "TA":
            journal.medlineTA = value
            hasJournal = true
            b.item.containerTitleShort = value
        case "JT": b.item.containerTitle = value
        case "JID":
            journal.nlmUniqueID = value
            hasJournal = true
        case "RN": b.metadata.chemicals.append(Self.chemical(value))
        case "NM": b.metadata.supplementalConcepts.append(Self.supplementalConcept(value))
        case "MH": if let heading = Self.meshHeading(value) { b.metadata.meshHeadings.append(heading) }
        case "OTO": keywordOwner = value
        case "OT":
            let major = value.hasPrefix("*")
            let text = major ? String(value.dropFirst()) : value
            b.metadata.keywords.append(Keyword(text: text, majorTopic: major, owner: keywordOwner))
            b.keywords.append(text)
        case "COIS": b.metadata.coiStatement = value
        case "SI": dataBank(value)
        case "OAB": otherAbstractText(value)
        case "OABL": otherAbstractLanguage(value)
        case "PHST": if let date = Self.historyDate(value) { b.metadata.history.append(date) }
        case "EDAT", "MHDA", "CRDT", "PMCR":
            if let status = MEDLINETags.historyFields.first(where: { $0.tag == field.tag })?.status,
                let parts = Self.slashDate(value)
            {
                extraHistory.append(HistoryDate(status: status, date: parts))
            }
        case "PST": b.metadata.publicationStatus = value
        case "PB": b.item.publisher = value
        case "EN": b.item.edition = value
        default:
            if let kind = MEDLINETags.kindByTag[field.tag] { b.metadata.commentsCorrections.append(Self.link(kind, value)) }
        }
    }

    /// The tag of the field before, to pair `AU` with `FAU` (and `ED`, `IR` with `FED`, `FIR`).
    private var lastTag = ""

    mutating func finish() -> Record {
        if let pending = otherAbstract { b.metadata.otherAbstracts.append(pending) }
        if let bookTitle { placeBook(title: bookTitle) } else {
            if let place = placeOfPublication {
                journal.country = place
                hasJournal = true
            }
            b.item.names["author"] = authors.isEmpty ? nil : authors.map(\.name)
            b.metadata.authorDetails = authors.map(\.detail)
        }
        if hasJournal || !journal.issns.isEmpty { b.metadata.journal = journal }
        // PubmedData's ArticleIdList: the PMID itself, then the other identifiers.
        if let pmid = b.metadata.pmid { b.addArticleID(ArticleID(type: "pubmed", value: pmid)) }
        for id in articleIDs { b.addArticleID(id) }
        if let pmcID { b.addArticleID(ArticleID(type: "pmc", value: pmcID)) }
        if let manuscriptID { b.addArticleID(ArticleID(type: "mid", value: manuscriptID)) }
        for date in extraHistory where !b.metadata.history.contains(where: { $0.status == date.status }) {
            b.metadata.history.append(date)
        }
        return b.finish()
    }

    /// A book (`BTI`): a chapter when it also has its own title, as the XML mapping does.
    private mutating func placeBook(title: String) {
        let names = authors.map(\.name)
        if b.item.title != nil {
            b.item.type = .chapter
            b.item.containerTitle = title
        } else {
            b.item.type = .book
            b.item.title = title
        }
        b.item.names["author"] = names.isEmpty ? nil : names
        b.metadata.authorDetails = authors.map(\.detail)
        b.item.names["editor"] = editors.isEmpty ? nil : editors
        if let place = placeOfPublication { b.item.publisherPlace = place }
    }

    // MARK: - Fields

    private mutating func issn(_ value: String) {
        let (number, type) = Self.splitParenthesised(value)
        hasJournal = true
        if type == "Linking" {
            journal.issnLinking = number
            return
        }
        journal.issns.append(ISSN(value: number, type: type))
        if b.item.issn == nil { b.item.issn = number }
    }

    /// `OID - NLM: PMC1234567`: PubMed XML's OtherID, which carries the PMCID in older records.
    private mutating func otherID(_ value: String) {
        let id = value.range(of: ": ").map { String(value[$0.upperBound...]) } ?? value
        if id.hasPrefix("PMC") { b.addArticleID(ArticleID(type: "pmc", value: id)) }
    }

    /// A structured abstract's sections are led by their label in capitals and a colon
    /// (`BACKGROUND: ... METHODS: ...`); the label starts the abstract or follows a sentence end.
    private mutating func abstract(_ value: String) {
        let sections = Self.abstractSections(value)
        b.metadata.abstractSections = sections
        b.item.abstract = AbstractMapper.plainText(sections)
    }

    static func abstractSections(_ text: String) -> [AbstractSection] {
        let chars = Array(text.unicodeScalars)
        var starts: [(labelStart: Int, labelEnd: Int, textStart: Int)] = []
        var i = 0
        while i < chars.count {
            if i == 0 || (i >= 2 && chars[i - 1] == " " && [".", "?", "!", ")"].contains(chars[i - 2])) {
                if let (labelEnd, textStart) = label(at: i, in: chars) {
                    starts.append((i, labelEnd, textStart))
                    i = textStart
                    continue
                }
            }
            i += 1
        }
        guard !starts.isEmpty else { return [AbstractSection(text: text)] }
        var sections: [AbstractSection] = []
        if starts[0].labelStart > 0 {
            sections.append(AbstractSection(text: string(chars[0..<starts[0].labelStart]).trimmingSpaces()))
        }
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].labelStart : chars.count
            let label = string(chars[start.labelStart..<start.labelEnd])
            let body = start.textStart < end ? string(chars[start.textStart..<end]).trimmingSpaces() : ""
            sections.append(AbstractSection(label: label, text: body))
        }
        return sections
    }

    /// A label: capitals (with digits, spaces and `&,/-()'`), at least two letters, then `: `.
    private static func label(at start: Int, in chars: [Unicode.Scalar]) -> (Int, Int)? {
        var k = start
        var letters = 0
        while k < chars.count {
            let c = chars[k]
            if c.properties.isUppercase { letters += 1 } else if c.properties.isLowercase { return nil } else if
                !(c == " " || c == "&" || c == "," || c == "/" || c == "-" || c == "(" || c == ")" || c == "'" || ("0"..."9").contains(c))
            {
                break
            }
            k += 1
        }
        guard letters >= 2, k < chars.count, chars[k] == ":", k > start, chars[k - 1] != " " else { return nil }
        guard k + 1 == chars.count || chars[k + 1] == " " else { return nil }
        return (k, min(k + 2, chars.count))
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }

    private mutating func abbreviatedAuthor(_ value: String) {
        // AU follows its FAU; alone (records before 2002) it is the name itself.
        if lastTag == "FAU", let last = authors.last {
            authors[authors.count - 1] = Self.completed(last, abbreviated: value)
            return
        }
        let name = Self.person(abbreviated: value)
        var detail = AuthorDetail()
        detail.initials = Self.initialsAndSuffix(value, family: name.family ?? "").initials
        authors.append((name, detail))
    }

    private mutating func authorIdentifier(_ value: String) {
        guard !authors.isEmpty else { return }
        let (source, id) = value.range(of: ": ").map { (String(value[..<$0.lowerBound]), String(value[$0.upperBound...])) } ?? ("unknown", value)
        authors[authors.count - 1].detail.identifiers.append(AuthorIdentifier(source: source, value: id))
    }

    private mutating func dataBank(_ value: String) {
        guard let slash = value.firstIndex(of: "/") else {
            b.metadata.dataBanks.append(DataBank(name: value))
            return
        }
        let name = String(value[..<slash])
        let number = String(value[value.index(after: slash)...])
        if let last = b.metadata.dataBanks.indices.last, b.metadata.dataBanks[last].name == name {
            b.metadata.dataBanks[last].accessionNumbers.append(number)
        } else {
            b.metadata.dataBanks.append(DataBank(name: name, accessionNumbers: [number]))
        }
    }

    /// `OAB - Publisher: text`; the type prefix is the XML's `Type` attribute.
    private mutating func otherAbstractText(_ value: String) {
        if let pending = otherAbstract { b.metadata.otherAbstracts.append(pending) }
        var type: String?
        var text = value
        if let colon = value.range(of: ": "), value[..<colon.lowerBound].allSatisfy({ $0.isLetter }),
            ["Publisher", "NASA", "KIE", "PIP", "AAMC", "AIDS", "ARPL", "CPC", "IND", "CPFH", "CLML", "NLM", "QCIM", "QCICF"].contains(String(value[..<colon.lowerBound]))
        {
            type = String(value[..<colon.lowerBound])
            text = String(value[colon.upperBound...])
        }
        otherAbstract = OtherAbstract(type: type, sections: Self.abstractSections(text))
    }

    private mutating func otherAbstractLanguage(_ value: String) {
        if otherAbstract == nil { otherAbstract = OtherAbstract() }
        otherAbstract?.language = value
    }

    // MARK: - Values

    /// `Family, Given` (FAU, FED, FIR); a suffix is the last word when the AU form has one too.
    static func person(full: String) -> (name: Name, detail: AuthorDetail) {
        var name = Name()
        if let comma = full.range(of: ", ") {
            name.family = String(full[..<comma.lowerBound])
            let given = String(full[comma.upperBound...])
            name.given = given.isEmpty ? nil : given
        } else {
            name.family = full
        }
        return (name, AuthorDetail())
    }

    /// The `FAU` entry completed by its `AU`: initials, and the suffix both forms end with.
    static func completed(_ entry: (name: Name, detail: AuthorDetail), abbreviated: String) -> (name: Name, detail: AuthorDetail) {
        var (name, detail) = entry
        let parts = initialsAndSuffix(abbreviated, family: name.family ?? "")
        detail.initials = parts.initials
        if let suffix = parts.suffix {
            name.suffix = suffix
            if let given = name.given, given.hasSuffix(" " + suffix) {
                name.given = String(given.dropLast(suffix.count + 1))
            } else if name.given == suffix {
                name.given = nil
            }
        }
        if name.given == nil, let initials = detail.initials { name.given = Name.givenName(fromInitials: initials) }
        return (name, detail)
    }

    /// `AU - de Hoon MJ Jr` after the family name: initials, then an optional suffix.
    static func initialsAndSuffix(_ abbreviated: String, family: String) -> (initials: String?, suffix: String?) {
        guard abbreviated.hasPrefix(family) else { return (nil, nil) }
        let rest = abbreviated.dropFirst(family.count).split(separator: " ").map(String.init)
        switch rest.count {
        case 0: return (nil, nil)
        case 1: return (rest[0], nil)
        default: return (rest[0], rest.dropFirst().joined(separator: " "))
        }
    }

    /// `Family AB` alone: the family name is everything before the last word of capitals.
    static func person(abbreviated: String) -> Name {
        var name = Name()
        let words = abbreviated.split(separator: " ")
        if words.count > 1, let last = words.last, last.allSatisfy({ $0.isUppercase }) {
            name.family = words.dropLast().joined(separator: " ")
            name.given = Name.givenName(fromInitials: String(last))
        } else {
            name.family = abbreviated
        }
        return name
    }

    /// `value [type]`, the form of LID and AID.
    static func articleID(_ value: String, defaultType: String, fromELocation: Bool) -> ArticleID {
        if value.hasSuffix("]"), let open = value.range(of: " [", options: .backwards) {
            let type = value[open.upperBound..<value.index(before: value.endIndex)]
            return ArticleID(type: String(type), value: String(value[..<open.lowerBound]), fromELocation: fromELocation)
        }
        return ArticleID(type: defaultType, value: value, fromELocation: fromELocation)
    }

    /// `text (inner)` → (`text`, `inner`), the form of IS and RN.
    static func splitParenthesised(_ value: String) -> (String, String?) {
        guard value.hasSuffix(")"), let open = value.range(of: " (") else { return (value, nil) }
        return (String(value[..<open.lowerBound]), String(value[open.upperBound..<value.index(before: value.endIndex)]))
    }

    /// `RN - 72-89-9 (Acetyl Coenzyme A)`; `0` means NLM has no number.
    static func chemical(_ value: String) -> Chemical {
        let (number, name) = splitParenthesised(value)
        guard let name else { return Chemical(name: value) }
        return Chemical(name: name, registryNumber: number == "0" ? nil : number)
    }

    /// `NM - name (Type)`, a supplementary concept and its class.
    static func supplementalConcept(_ value: String) -> SupplementalConcept {
        let (name, type) = splitParenthesised(value)
        if let type, ["Chemical", "Protocol", "Disease", "Organism"].contains(type) {
            return SupplementalConcept(name: name, type: type)
        }
        return SupplementalConcept(name: value)
    }

    /// `MH - *Descriptor/qualifier/*qualifier`: `*` marks a major topic.
    static func meshHeading(_ value: String) -> MeshHeading? {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else { return nil }
        func term(_ text: String) -> MeshTerm {
            text.hasPrefix("*") ? MeshTerm(name: String(text.dropFirst()), majorTopic: true) : MeshTerm(name: text)
        }
        return MeshHeading(descriptor: term(first), qualifiers: parts.dropFirst().filter { !$0.isEmpty }.map(term))
    }

    /// `GR - id/acronym/agency/country`, with absent parts left out.
    static func grant(_ value: String) -> Grant {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1: return Grant(id: parts[0])
        case 2: return Grant(agency: parts[0], country: parts[1])
        case 3: return Grant(id: parts[0], agency: parts[1], country: parts[2])
        default:
            let n = parts.count
            return Grant(id: parts[0..<(n - 3)].joined(separator: "/"), acronym: parts[n - 3], agency: parts[n - 2], country: parts[n - 1])
        }
    }

    /// `CIN - Lancet. 2010;375(9713):445. PMID: 20129023`.
    static func link(_ kind: CommentCorrection.Kind, _ value: String) -> CommentCorrection {
        var link = CommentCorrection(type: kind)
        if let range = value.range(of: " PMID: ", options: .backwards) ?? (value.hasPrefix("PMID: ") ? value.range(of: "PMID: ") : nil) {
            let source = String(value[..<range.lowerBound])
            link.refSource = source.isEmpty ? nil : source
            link.pmid = String(value[range.upperBound...])
        } else {
            link.refSource = value
        }
        return link
    }

    /// `YYYYMMDD` → `[year, month, day]` (as many parts as are there).
    static func compactDate(_ value: String) -> [Int]? {
        let digits = Array(value.utf8)
        guard digits.count >= 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(digits[$1] - 0x30) } }
        var parts = [number(0..<4)]
        if digits.count >= 6 { parts.append(number(4..<6)) }
        if digits.count >= 8 { parts.append(number(6..<8)) }
        return parts
    }

    /// `YYYY/MM/DD[ HH:MM]` → `[year, month, day]` (the time is not kept, as in the XML mapping).
    static func slashDate(_ value: String) -> [Int]? {
        let date = value.split(separator: " ").first.map(String.init) ?? value
        let parts = date.split(separator: "/").compactMap { Int($0) }
        return parts.isEmpty ? nil : Array(parts.prefix(3))
    }

    /// `PHST - 2019/02/20 06:00 [pubmed]`.
    static func historyDate(_ value: String) -> HistoryDate? {
        guard value.hasSuffix("]"), let open = value.range(of: " [", options: .backwards), let parts = slashDate(String(value[..<open.lowerBound])) else { return nil }
        return HistoryDate(status: String(value[open.upperBound..<value.index(before: value.endIndex)]), date: parts)
    }

    /// `DP`: PubMed prints Year/Month/Day or Year/Season as `2009 Jun 1` or `2000 Spring`, and a
    /// MedlineDate as written; each is parsed as the XML mapping parses the element it came from.
    static func publicationDate(_ value: String) -> DateValue? {
        let words = value.split(separator: " ").map(String.init)
        let isYear = words.first.map { $0.count == 4 && Int($0) != nil } ?? false
        if isYear, words.count <= 3 {
            let second = words.count > 1 ? words[1] : nil
            let third = words.count > 2 ? words[2] : nil
            let monthOK = second.map { PubDateParser.monthNumber($0) != nil && !$0.contains("-") } ?? true
            let dayOK = third.map { Int($0) != nil } ?? true
            if monthOK, dayOK {
                return PubDateParser.date(year: words[0], month: second, day: third, season: nil)
            }
            if words.count == 2, let season = second, !season.contains(where: { $0.isNumber }) {
                return PubDateParser.date(year: words[0], month: nil, day: nil, season: season)
            }
        }
        return PubDateParser.medlineDate(value)
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
