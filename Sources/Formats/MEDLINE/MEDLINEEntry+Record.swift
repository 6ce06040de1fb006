import Bibliography
import Foundation
import PubMed

extension MEDLINEReader.Entry {
    /// The record this entry describes, built by the same rules as the PubMed XML mapping.
    public func record() -> Record {
        var mapper = MEDLINEMapper()
        for field in fields {
            var value = field.value
            value.withUTF8 { mapper.apply(code: MEDLINETag.code(field.tag), $0) }
        }
        return mapper.finish()
    }
}

typealias Bytes = UnsafeBufferPointer<UInt8>

/// Maps MEDLINE fields onto a ``RecordBuilder``, field by field in file order, from their bytes:
/// only the values kept become Strings.
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
    /// The tag of the field before, to pair `AU` with `FAU` (and `ED`, `IR` with `FED`, `FIR`).
    private var lastCode: UInt32 = 0

    init() {
        // A PubMed record sets about a dozen item fields: room for them from the start, no regrowth.
        b.item.fields.reserveCapacity(12)
    }

    mutating func apply(code: UInt32, _ v: Bytes) {
        defer { lastCode = code }
        // An empty field says nothing (JabRef's and hand-edited files have them).
        guard !v.isEmpty else { return }
        typealias T = MEDLINETag
        switch code {
        case T.pmid: if b.metadata.pmid == nil { b.metadata.pmid = str(v) }
        case T.stat: b.metadata.status = str(v)
        case T.da: b.metadata.dateCreated = Self.compactDate(v)
        case T.dcom: b.metadata.dateCompleted = Self.compactDate(v)
        case T.lr: b.metadata.dateRevised = Self.compactDate(v)
        case T.issn: issn(v)
        case T.vi: b.item.volume = str(v)
        case T.ip: b.item.issue = str(v)
        case T.dp: b.item.issued = Self.simpleDate(v) ?? Self.publicationDate(str(v))
        case T.ti: b.item.title = Self.title(v)
        case T.bti: bookTitle = str(v)
        case T.cti: b.item.collectionTitle = str(v)
        case T.tt: b.metadata.vernacularTitle = str(v)
        case T.pg: b.item.page = Self.pages(v)
        case T.lid: b.addArticleID(Self.articleID(v, defaultType: "pii", fromELocation: true))
        case T.aid: articleIDs.append(Self.articleID(v, defaultType: "unknown", fromELocation: false))
        case T.pmc: pmcID = str(v)
        case T.mid: manuscriptID = str(v)
        case T.oid:
            // `OID - NLM: PMC1234567`: PubMed XML's OtherID, which carries the PMCID in older records.
            let id = find(v, ": ").map { str(slice(v, $0 + 2, v.count)) } ?? str(v)
            if id.hasPrefix("PMC") { b.addArticleID(ArticleID(type: "pmc", value: id)) }
        case T.isbn:
            let value = str(v)
            if b.item.isbn == nil { b.item.isbn = value }
            b.addArticleID(ArticleID(type: "isbn", value: value))
        case T.ab:
            let sections = Self.abstractSections(v)
            b.metadata.abstractSections = sections
            // One unlabelled plain section is the abstract itself (the same String, stored once).
            // (Such a section's text is the whole value, so the markup test runs on the bytes.)
            if sections.count == 1, sections[0].label == nil, !Self.contains(v, UInt8(ascii: "<")) {
                b.item.abstract = sections[0].text
            } else {
                b.item.abstract = AbstractMapper.plainText(sections)
            }
        case T.ci: b.metadata.abstractCopyright = str(v)
        case T.fau: authors.append((Self.person(full: v), AuthorDetail()))
        case T.au:
            // AU follows its FAU; alone (records before 2002) it is the name itself.
            if lastCode == T.fau, let last = authors.indices.last {
                Self.complete(&authors[last], abbreviated: v)
            } else {
                var entry = (name: Self.person(abbreviated: v), detail: AuthorDetail())
                entry.detail.initials = Self.initialsAndSuffix(v, family: entry.name.family ?? "").initials
                authors.append(entry)
            }
        case T.cn: authors.append((Name(literal: str(v)), AuthorDetail()))
        case T.ad: if let last = authors.indices.last { authors[last].detail.affiliations.append(str(v)) }
        case T.auid:
            guard let last = authors.indices.last else { return }
            let id = find(v, ": ").map { AuthorIdentifier(source: str(slice(v, 0, $0)), value: str(slice(v, $0 + 2, v.count))) }
            authors[last].detail.identifiers.append(id ?? AuthorIdentifier(source: "unknown", value: str(v)))
        case T.fed: editors.append(Self.person(full: v))
        case T.ed: if lastCode != T.fed { editors.append(Self.person(abbreviated: v)) }
        case T.fir: b.metadata.investigators.append(Self.person(full: v))
        case T.ir: if lastCode != T.fir { b.metadata.investigators.append(Self.person(abbreviated: v)) }
        case T.la:
            let language = str(v)
            if b.item.language == nil { b.item.language = LanguageTag.bcp47(language) }
            b.metadata.languages.append(language)
        case T.gr: b.metadata.grants.append(Self.grant(v))
        case T.pt: b.metadata.publicationTypes.append(PublicationType(name: str(v)))
        case T.dep: if let parts = Self.compactDate(v) { b.metadata.articleDates.append(HistoryDate(status: "Electronic", date: parts)) }
        case T.pl: placeOfPublication = str(v)
        case T.ta:
            let ta = str(v)
            journal.medlineTA = ta
            hasJournal = true
            b.item.containerTitleShort = ta
        case T.jt: b.item.containerTitle = str(v)
        case T.jid:
            journal.nlmUniqueID = str(v)
            hasJournal = true
        case T.rn: b.metadata.chemicals.append(Self.chemical(v))
        case T.nm: b.metadata.supplementalConcepts.append(Self.supplementalConcept(v))
        case T.mh: if let heading = Self.meshHeading(v) { b.metadata.meshHeadings.append(heading) }
        case T.oto: keywordOwner = str(v)
        case T.ot:
            let major = v[0] == UInt8(ascii: "*")
            let text = str(major ? slice(v, 1, v.count) : v)
            b.metadata.keywords.append(Keyword(text: text, majorTopic: major, owner: keywordOwner))
            b.keywords.append(text)
        case T.cois: b.metadata.coiStatement = str(v)
        case T.si: dataBank(str(v))
        case T.oab: otherAbstractText(str(v))
        case T.oabl:
            if otherAbstract == nil { otherAbstract = OtherAbstract() }
            otherAbstract?.language = str(v)
        case T.phst: if let date = Self.historyDate(v) { b.metadata.history.append(date) }
        case T.edat, T.mhda, T.crdt, T.pmcr:
            let status = code == T.edat ? "pubmed" : code == T.mhda ? "medline" : code == T.crdt ? "entrez" : "pmc-release"
            if let parts = Self.slashDate(v) { extraHistory.append(HistoryDate(status: status, date: parts)) }
        case T.pst: b.metadata.publicationStatus = str(v)
        case T.pb: b.item.publisher = str(v)
        case T.en: b.item.edition = str(v)
        default:
            if let kind = MEDLINETags.kindByCode[code] { b.metadata.commentsCorrections.append(Self.link(kind, v)) }
        }
    }

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
        if hasJournal { b.metadata.journal = journal }
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

    /// `IS - 1367-4811 (Electronic)`; the `(Linking)` ISSN groups the journal's media.
    private mutating func issn(_ v: Bytes) {
        let (number, type) = Self.splitParenthesised(v)
        hasJournal = true
        if type == "Linking" {
            journal.issnLinking = number
            return
        }
        journal.issns.append(ISSN(value: number, type: type))
        if b.item.issn == nil { b.item.issn = number }
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

    static let otherAbstractTypes: Set<String> = ["Publisher", "NASA", "KIE", "PIP", "AAMC", "AIDS", "ARPL", "CPC", "IND", "CPFH", "CLML", "NLM", "QCIM", "QCICF"]

    /// `OAB - Publisher: text`; the type prefix is the XML's `Type` attribute.
    private mutating func otherAbstractText(_ value: String) {
        if let pending = otherAbstract { b.metadata.otherAbstracts.append(pending) }
        var type: String?
        var text = value
        if let colon = value.firstRange(of: ": "), Self.otherAbstractTypes.contains(String(value[..<colon.lowerBound])) {
            type = String(value[..<colon.lowerBound])
            text = String(value[colon.upperBound...])
        }
        var sections: [AbstractSection] = []
        var copy = text
        copy.withUTF8 { sections = Self.abstractSections($0) }
        otherAbstract = OtherAbstract(type: type, sections: sections)
    }
}

// MARK: - Values

extension MEDLINEMapper {
    /// `Family, Given` (FAU, FED, FIR).
    static func person(full v: Bytes) -> Name {
        var name = Name()
        if let comma = find(v, ", ") {
            name.family = str(slice(v, 0, comma))
            if comma + 2 < v.count { name.given = str(slice(v, comma + 2, v.count)) }
        } else {
            name.family = str(v)
        }
        return name
    }

    /// The `FAU` entry completed by its `AU`: initials, and the suffix both forms end with.
    static func complete(_ entry: inout (name: Name, detail: AuthorDetail), abbreviated: Bytes) {
        let parts = initialsAndSuffix(abbreviated, family: entry.name.family ?? "")
        entry.detail.initials = parts.initials
        if let suffix = parts.suffix {
            entry.name.suffix = suffix
            if let given = entry.name.given, given.hasSuffix(" " + suffix) {
                entry.name.given = String(given.dropLast(suffix.count + 1))
            } else if entry.name.given == suffix {
                entry.name.given = nil
            }
        }
        if entry.name.given == nil, let initials = entry.detail.initials { entry.name.given = Name.givenName(fromInitials: initials) }
    }

    /// `AU - de Hoon MJ Jr` after the family name: initials, then an optional suffix.
    static func initialsAndSuffix(_ v: Bytes, family: String) -> (initials: String?, suffix: String?) {
        var familyCount = 0
        var matches = true
        for byte in family.utf8 {
            if familyCount >= v.count || v[familyCount] != byte {
                matches = false
                break
            }
            familyCount += 1
        }
        guard matches, familyCount < v.count, v[familyCount] == 0x20 else { return (nil, nil) }
        let rest = slice(v, familyCount + 1, v.count)
        guard let space = rest.firstIndex(of: 0x20) else { return (str(rest), nil) }
        return (str(slice(rest, 0, space)), str(slice(rest, space + 1, rest.count)))
    }

    /// `Family AB` alone: the family name is everything before the last word of capitals.
    static func person(abbreviated v: Bytes) -> Name {
        var name = Name()
        if let space = v.lastIndex(of: 0x20), space + 1 < v.count,
            slice(v, space + 1, v.count).allSatisfy({ $0 >= 0x41 && $0 <= 0x5A })
        {
            name.family = str(slice(v, 0, space))
            name.given = Name.givenName(fromInitials: str(slice(v, space + 1, v.count)))
        } else {
            name.family = str(v)
        }
        return name
    }

    /// `value [type]`, the form of LID and AID.
    static func articleID(_ v: Bytes, defaultType: String, fromELocation: Bool) -> ArticleID {
        if v.last == UInt8(ascii: "]"), let open = findLast(v, " [") {
            return ArticleID(type: str(slice(v, open + 2, v.count - 1)), value: str(slice(v, 0, open)), fromELocation: fromELocation)
        }
        return ArticleID(type: defaultType, value: str(v), fromELocation: fromELocation)
    }

    /// `text (inner)` → (`text`, `inner`), the form of IS and RN.
    static func splitParenthesised(_ v: Bytes) -> (String, String?) {
        guard v.last == UInt8(ascii: ")"), let open = find(v, " (") else { return (str(v), nil) }
        return (str(slice(v, 0, open)), str(slice(v, open + 2, v.count - 1)))
    }

    /// `RN - 72-89-9 (Acetyl Coenzyme A)`; `0` means NLM has no number.
    static func chemical(_ v: Bytes) -> Chemical {
        let (number, name) = splitParenthesised(v)
        guard let name else { return Chemical(name: number) }
        return Chemical(name: name, registryNumber: number == "0" ? nil : number)
    }

    /// `NM - name (Type)`, a supplementary concept and its class.
    static func supplementalConcept(_ v: Bytes) -> SupplementalConcept {
        let (name, type) = splitParenthesised(v)
        if let type, ["Chemical", "Protocol", "Disease", "Organism"].contains(type) {
            return SupplementalConcept(name: name, type: type)
        }
        return SupplementalConcept(name: str(v))
    }

    /// `MH - *Descriptor/qualifier/*qualifier`: `*` marks a major topic.
    static func meshHeading(_ v: Bytes) -> MeshHeading? {
        func term(_ start: Int, _ end: Int) -> MeshTerm {
            if v[start] == UInt8(ascii: "*") { return MeshTerm(name: str(slice(v, start + 1, end)), majorTopic: true) }
            return MeshTerm(name: str(slice(v, start, end)))
        }
        var descriptor: MeshTerm?
        var qualifiers: [MeshTerm] = []
        var start = 0
        for i in 0...v.count where i == v.count || v[i] == UInt8(ascii: "/") {
            if i > start {
                if descriptor == nil { descriptor = term(start, i) } else { qualifiers.append(term(start, i)) }
            } else if descriptor == nil {
                return nil
            }
            start = i + 1
        }
        return descriptor.map { MeshHeading(descriptor: $0, qualifiers: qualifiers) }
    }

    /// `TI` without PubMed's closing period, by ``TitleText``'s rule: kept after an ellipsis or in a
    /// last word that holds another period (`U.S.A.`); titles ending in markup go to ``TitleText``.
    static func title(_ v: Bytes) -> String? {
        let last = v.last
        guard last == UInt8(ascii: ".") else { return last == UInt8(ascii: ">") ? TitleText.withoutFinalPeriod(str(v)) : str(v) }
        let body = slice(v, 0, v.count - 1)
        guard let end = body.last else { return nil }
        if end == UInt8(ascii: ".") { return str(v) }
        var k = body.count
        while k > 0, body[k - 1] != 0x20, body[k - 1] != UInt8(ascii: ">") {
            if body[k - 1] == UInt8(ascii: ".") { return str(v) }
            k -= 1
        }
        return str(body)
    }

    /// `GR - id/acronym/agency/country`, with absent parts left out.
    static func grant(_ v: Bytes) -> Grant {
        var parts: [String] = []
        var start = 0
        for i in 0...v.count where i == v.count || v[i] == UInt8(ascii: "/") {
            parts.append(str(slice(v, start, i)))
            start = i + 1
        }
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
    static func link(_ kind: CommentCorrection.Kind, _ v: Bytes) -> CommentCorrection {
        var link = CommentCorrection(type: kind)
        if v.starts(with: "PMID: ".utf8) {
            link.pmid = str(slice(v, 6, v.count))
        } else if let at = findLast(v, " PMID: ") {
            link.refSource = str(slice(v, 0, at))
            link.pmid = str(slice(v, at + 7, v.count))
        } else {
            link.refSource = str(v)
        }
        return link
    }

    /// `YYYYMMDD` → `[year, month, day]` (as many parts as are there).
    static func compactDate(_ v: Bytes) -> [Int]? {
        guard v.count >= 4, v.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        func number(_ from: Int, _ to: Int) -> Int { (from..<to).reduce(0) { $0 * 10 + Int(v[$1] - 0x30) } }
        var parts = [number(0, 4)]
        if v.count >= 6 { parts.append(number(4, 6)) }
        if v.count >= 8 { parts.append(number(6, 8)) }
        return parts
    }

    /// `YYYY/MM/DD[ HH:MM]` → `[year, month, day]` (the time is not kept, as in the XML mapping).
    static func slashDate(_ v: Bytes) -> [Int]? {
        var parts: [Int] = []
        var current = 0
        var digits = 0
        for byte in v {
            if byte >= 0x30, byte <= 0x39 {
                // A year has four digits, a month or day two: a longer run is no date (and would overflow).
                guard digits < 4 else { return nil }
                current = current * 10 + Int(byte - 0x30)
                digits += 1
            } else if byte == UInt8(ascii: "/") || byte == 0x20 {
                guard digits > 0 else { return nil }
                parts.append(current)
                current = 0
                digits = 0
                if byte == 0x20 || parts.count == 3 { break }
            } else {
                return nil
            }
        }
        if digits > 0, parts.count < 3 { parts.append(current) }
        return parts.isEmpty ? nil : parts
    }

    /// `PHST - 2019/02/20 06:00 [pubmed]`.
    static func historyDate(_ v: Bytes) -> HistoryDate? {
        guard v.last == UInt8(ascii: "]"), let open = findLast(v, " ["), let parts = slashDate(slice(v, 0, open)) else { return nil }
        return HistoryDate(status: str(slice(v, open + 2, v.count - 1)), date: parts)
    }

    private static let monthNames: [UInt32: Int] = {
        var table: [UInt32: Int] = [:]
        for (k, name) in ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].enumerated() {
            table[MEDLINETag.code(Array(name.utf8))] = k + 1
        }
        return table
    }()

    /// `DP` in its common forms, `2009`, `2009 Jun`, `2009 Jun 1`, read from the bytes: the value
    /// ``PubDateParser`` gives for Year, Month and Day; `nil` for any other form.
    static func simpleDate(_ v: Bytes) -> DateValue? {
        func digits(_ from: Int, _ to: Int) -> Int? {
            guard from < to else { return nil }
            var n = 0
            for i in from..<to {
                guard v[i] >= 0x30, v[i] <= 0x39 else { return nil }
                n = n * 10 + Int(v[i] - 0x30)
            }
            return n
        }
        guard v.count >= 4, let year = digits(0, 4) else { return nil }
        if v.count == 4 { return DateValue(dateParts: [[year]]) }
        guard v.count >= 8, v[4] == 0x20, let month = monthNames[MEDLINETag.code(slice(v, 5, 8))] else { return nil }
        if v.count == 8 { return DateValue(dateParts: [[year, month]]) }
        guard v[8] == 0x20, v.count <= 11, let day = digits(9, v.count) else { return nil }
        return (1...31).contains(day) ? DateValue(dateParts: [[year, month, day]]) : DateValue(dateParts: [[year, month]])
    }

    /// `DP`: PubMed prints Year/Month/Day or Year/Season as `2009 Jun 1` or `2000 Spring`, and a
    /// MedlineDate as written; each is parsed as the XML mapping parses the element it came from.
    static func publicationDate(_ value: String) -> DateValue? {
        let words = value.split(separator: " ").map(String.init)
        let isYear = words.first.map { $0.utf8.count == 4 && Int($0) != nil } ?? false
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

    /// A structured abstract's sections are led by their label in capitals and a colon
    /// (`BACKGROUND: ... METHODS: ...`); a label starts the abstract or follows a sentence end.
    static func abstractSections(_ v: Bytes) -> [AbstractSection] {
        var starts: [(labelStart: Int, labelEnd: Int, textStart: Int)] = []
        let n = v.count
        var position = 0
        // A label ends at a colon: each colon is found with memchr, and its label looked for behind it.
        while position < n, let base = v.baseAddress, let hit = memchr(base + position, Int32(UInt8(ascii: ":")), n - position) {
            let colon = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if let start = labelStart(before: colon, from: position, in: v) {
                let textStart = min(colon + 2, n)
                starts.append((start, colon, textStart))
                position = textStart
            } else {
                position = colon + 1
            }
        }
        guard !starts.isEmpty else { return [AbstractSection(text: str(v))] }
        var sections: [AbstractSection] = []
        if starts[0].labelStart > 0 { sections.append(AbstractSection(text: trimmed(v, 0, starts[0].labelStart))) }
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].labelStart : n
            let body = start.textStart < end ? trimmed(v, start.textStart, end) : ""
            sections.append(AbstractSection(label: str(slice(v, start.labelStart, start.labelEnd)), text: body))
        }
        return sections
    }

    /// Where the label closed by the colon at `colon` starts, not before `from`: the first capital in
    /// the run of label characters before the colon that opens the abstract or follows a sentence
    /// end and a space, with at least two letters up to the colon, a colon not after a space, and a
    /// space or the end after it.
    private static func labelStart(before colon: Int, from: Int, in v: Bytes) -> Int? {
        guard colon > from, v[colon - 1] != 0x20, colon + 1 == v.count || v[colon + 1] == 0x20 else { return nil }
        var runStart = colon
        while runStart > from, isLabelByte(v[runStart - 1]) { runStart -= 1 }
        var letters = 0
        for k in runStart..<colon where v[k] >= 0x41 && v[k] <= 0x5A { letters += 1 }
        for i in runStart..<colon {
            let byte = v[i]
            guard byte >= 0x41, byte <= 0x5A else { continue }
            if i == 0 || (i >= 2 && v[i - 1] == 0x20 && isSentenceEnd(v[i - 2])) { return letters >= 2 ? i : nil }
            letters -= 1
        }
        return nil
    }

    /// Whether the bytes hold a byte (memchr).
    static func contains(_ v: Bytes, _ byte: UInt8) -> Bool {
        guard let base = v.baseAddress else { return false }
        return memchr(base, Int32(byte), v.count) != nil
    }

    /// Capitals, digits, spaces and `&,/-()'`.
    private static func isLabelByte(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || c == 0x20 || c == UInt8(ascii: "&") || c == UInt8(ascii: ",") || c == UInt8(ascii: "/")
            || c == UInt8(ascii: "-") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "'") || (c >= 0x30 && c <= 0x39)
    }

    /// `PG`: `123-9` becomes `123-129` as ``ArticleMapper/expandedPages(_:)`` does, all-digit ranges
    /// straight from the bytes; any other form goes to it.
    static func pages(_ v: Bytes) -> String {
        guard let dash = v.firstIndex(of: UInt8(ascii: "-")) else { return str(v) }
        let start = slice(v, 0, dash), end = slice(v, dash + 1, v.count)
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        guard !start.isEmpty, !end.isEmpty, start.count <= 18, start.allSatisfy(isDigit), end.allSatisfy(isDigit) else {
            return ArticleMapper.expandedPages(str(v))
        }
        if end.count >= start.count { return str(v) }
        // The end takes the start's leading digits; a range that would then run backwards is not expanded here.
        let kept = start.count - end.count
        guard !end.lexicographicallyPrecedes(slice(start, kept, start.count)) else { return ArticleMapper.expandedPages(str(v)) }
        return String(unsafeUninitializedCapacity: 2 * start.count + 1) { out in
            var n = 0
            for byte in start {
                out[n] = byte
                n += 1
            }
            out[n] = UInt8(ascii: "-")
            n += 1
            for byte in slice(start, 0, kept) {
                out[n] = byte
                n += 1
            }
            for byte in end {
                out[n] = byte
                n += 1
            }
            return n
        }
    }

    private static func isSentenceEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: ")")
    }

    private static func trimmed(_ v: Bytes, _ from: Int, _ to: Int) -> String {
        var a = from, b = to
        while a < b, v[a] == 0x20 { a += 1 }
        while b > a, v[b - 1] == 0x20 { b -= 1 }
        return str(slice(v, a, b))
    }
}

// MARK: - Bytes

@inline(__always) func str(_ v: Bytes) -> String { String(decoding: v, as: UTF8.self) }

@inline(__always) func slice(_ v: Bytes, _ from: Int, _ to: Int) -> Bytes { Bytes(rebasing: v[from..<to]) }

/// The offset of the first occurrence of an ASCII pattern.
func find(_ v: Bytes, _ pattern: StaticString) -> Int? {
    let p = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
    guard p.count <= v.count else { return nil }
    var i = 0
    while i + p.count <= v.count {
        if v[i] == p[0] {
            var j = 1
            while j < p.count, v[i + j] == p[j] { j += 1 }
            if j == p.count { return i }
        }
        i += 1
    }
    return nil
}

/// The offset of the last occurrence of an ASCII pattern.
func findLast(_ v: Bytes, _ pattern: StaticString) -> Int? {
    let p = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
    guard p.count <= v.count else { return nil }
    var i = v.count - p.count
    while i >= 0 {
        if v[i] == p[0] {
            var j = 1
            while j < p.count, v[i + j] == p[j] { j += 1 }
            if j == p.count { return i }
        }
        i -= 1
    }
    return nil
}
