import Bibliography
import PubMed

/// Writes records in the MEDLINE display format (PubMed's `.nbib`), in PubMed's field order, so that
/// ``MEDLINEReader`` reads them back to the same records. Items without PubMed metadata (from
/// BibTeX, RIS, ...) are written with the fields MEDLINE has for them.
public enum MEDLINEWriter {
    /// The records as MEDLINE text, one blank line after each.
    public static func write(_ records: [Record]) -> String {
        var out = ""
        for record in records {
            var lines = Lines()
            lines.record(record)
            out += lines.text
            out += "\n"
        }
        return out
    }

    /// Items alone (no indexing metadata).
    public static func write(items: [Item]) -> String {
        write(items.map { Record(item: $0, metadata: RecordMetadata()) })
    }

    /// PubMed wraps values before 88 columns; the reader joins continuation lines with one space.
    static let width = 82

    /// The lines of one record.
    struct Lines {
        var text = ""

        mutating func add(_ tag: String, _ value: String?) {
            guard var value, !value.isEmpty else { return }
            if value.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
                value = value.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
            }
            while value.first == " " { value.removeFirst() }
            while value.last == " " { value.removeLast() }
            guard !value.isEmpty else { return }
            text += tag.padding(toLength: 4, withPad: " ", startingAt: 0) + "- "
            var rest = Substring(value)
            var first = true
            while rest.count > MEDLINEWriter.width, let cut = Self.breakPoint(rest) {
                text += (first ? "" : "      ") + rest[..<cut] + "\n"
                rest = rest[rest.index(after: cut)...]
                first = false
            }
            text += (first ? "" : "      ") + rest + "\n"
        }

        /// The last lone space within the width (a run of spaces is never split, so it survives).
        private static func breakPoint(_ s: Substring) -> Substring.Index? {
            var best: Substring.Index?
            var i = s.startIndex
            var column = 0
            var previous: Character = " "
            while i < s.endIndex {
                let c = s[i]
                let next = s.index(after: i)
                if c == " ", previous != " ", next < s.endIndex, s[next] != " " {
                    if column <= MEDLINEWriter.width || best == nil { best = i }
                    if column > MEDLINEWriter.width { break }
                }
                previous = c
                column += 1
                i = next
            }
            return best
        }

        mutating func record(_ record: Record) {
            let item = record.item
            let m = record.metadata
            let isBook = item.type == .book || item.type == .chapter
            add("PMID", item.pmid ?? m.pmid)
            add("STAT", m.status)
            add("DA", m.dateCreated.map(Self.compact))
            add("DCOM", m.dateCompleted.map(Self.compact))
            add("LR", m.dateRevised.map(Self.compact))
            if let journal = m.journal {
                for issn in journal.issns { add("IS", issn.type.map { "\(issn.value) (\($0))" } ?? issn.value) }
                if journal.issns.isEmpty, let issn = item.issn { add("IS", issn) }
                add("IS", journal.issnLinking.map { "\($0) (Linking)" })
            } else {
                add("IS", item.issn)
            }
            if isBook { add("BTI", item.type == .book ? plain(item.title) : plain(item.containerTitle)) }
            add("CTI", plain(item.collectionTitle))
            add("VI", item.volume)
            add("IP", item.issue)
            add("DP", item.issued.flatMap(Self.publicationDate))
            if item.type != .book { add("TI", Self.title(plain(item.title))) }
            add("PG", item.page)
            for id in m.articleIDs where id.fromELocation { add("LID", "\(id.value) [\(id.type)]") }
            if m.articleIDs.isEmpty, let doi = item.doi { add("LID", "\(doi) [doi]") }
            add("AB", Self.abstract(m.abstractSections) ?? item.abstract)
            add("CI", m.abstractCopyright)
            authors(item, m)
            if isBook {
                for editor in item.names["editor"] ?? [] {
                    add("FED", Self.fullName(editor))
                    add("ED", Self.abbreviatedName(editor, initials: nil))
                }
            }
            for investigator in m.investigators {
                add("FIR", Self.fullName(investigator))
                add("IR", Self.abbreviatedName(investigator, initials: nil))
            }
            if m.languages.isEmpty { add("LA", item.language) } else { for language in m.languages { add("LA", language) } }
            for bank in m.dataBanks {
                if bank.accessionNumbers.isEmpty { add("SI", bank.name) }
                for number in bank.accessionNumbers { add("SI", "\(bank.name)/\(number)") }
            }
            for grant in m.grants { add("GR", [grant.id, grant.acronym, grant.agency, grant.country].compactMap { $0 }.joined(separator: "/")) }
            for type in m.publicationTypes { add("PT", type.name) }
            for date in m.articleDates where date.status == "Electronic" { add("DEP", Self.compact(date.date)) }
            add("TT", m.vernacularTitle)
            add("PL", isBook ? item.publisherPlace : m.journal?.country)
            add("TA", m.journal?.medlineTA ?? (isBook ? nil : item.containerTitleShort))
            if !isBook { add("JT", item.containerTitle) }
            add("JID", m.journal?.nlmUniqueID)
            for chemical in m.chemicals { add("RN", "\(chemical.registryNumber ?? "0") (\(chemical.name))") }
            for concept in m.supplementalConcepts { add("NM", concept.type.map { "\(concept.name) (\($0))" } ?? concept.name) }
            for link in m.commentsCorrections {
                guard let tag = MEDLINETags.tagByKind[link.type.rawValue] else { continue }
                add(tag, [link.refSource, link.pmid.map { "PMID: \($0)" }].compactMap { $0 }.joined(separator: " "))
            }
            for heading in m.meshHeadings { add("MH", Self.mesh(heading)) }
            keywords(item, m)
            add("COIS", m.coiStatement)
            for other in m.otherAbstracts {
                let text = Self.abstract(other.sections) ?? ""
                add("OAB", other.type.map { "\($0): \(text)" } ?? text)
                add("OABL", other.language)
            }
            for date in m.history { add("PHST", "\(Self.slashed(date.date)) [\(date.status)]") }
            identifiers(item, m)
            add("PST", m.publicationStatus)
            add("PB", item.publisher)
            add("EN", item.edition)
        }

        private mutating func authors(_ item: Item, _ m: RecordMetadata) {
            let names = item.names["author"] ?? []
            let details = m.authorDetails.count == names.count ? m.authorDetails : []
            for (k, name) in names.enumerated() {
                let detail = details.isEmpty ? nil : details[k]
                if name.family == nil, let literal = name.literal {
                    add("CN", literal)
                } else {
                    add("FAU", Self.fullName(name))
                    add("AU", Self.abbreviatedName(name, initials: detail?.initials))
                }
                for id in detail?.identifiers ?? [] { add("AUID", "\(id.source): \(id.value)") }
                for affiliation in detail?.affiliations ?? [] { add("AD", affiliation) }
            }
        }

        private mutating func keywords(_ item: Item, _ m: RecordMetadata) {
            if m.keywords.isEmpty {
                for keyword in (item.string("keyword") ?? "").components(separatedBy: ", ") where !keyword.isEmpty { add("OT", keyword) }
                return
            }
            var owner: String?
            for keyword in m.keywords {
                if keyword.owner != owner, let next = keyword.owner { add("OTO", next) }
                owner = keyword.owner
                add("OT", (keyword.majorTopic ? "*" : "") + keyword.text)
            }
        }

        /// ArticleIdList: `AID - value [type]`, with the PMID, PMCID and manuscript id in their own
        /// fields; a PMCID listed before the PMID came from OtherID (`OID`).
        private mutating func identifiers(_ item: Item, _ m: RecordMetadata) {
            let pubmedIndex = m.articleIDs.firstIndex { $0.type == "pubmed" && !$0.fromELocation }
            var pmc: [String] = []
            var mid: [String] = []
            for (k, id) in m.articleIDs.enumerated() where !id.fromELocation {
                switch id.type {
                case "pubmed": continue
                case "isbn": add("ISBN", id.value)
                case "pmc" where pubmedIndex.map({ k < $0 }) ?? false: add("OID", "NLM: \(id.value)")
                case "pmc": pmc.append(id.value)
                case "mid": mid.append(id.value)
                default: add("AID", "\(id.value) [\(id.type)]")
                }
            }
            if m.articleIDs.isEmpty {
                add("ISBN", item.isbn)
                add("PMC", item.pmcid)
            }
            for value in pmc { add("PMC", value) }
            for value in mid { add("MID", value) }
        }

        private func plain(_ text: String?) -> String? { text.map(RichText.plain) }

        /// PubMed ends a title with a period unless it ends with one already, `?` or `!`.
        static func title(_ title: String?) -> String? {
            guard let title, let last = title.last else { return nil }
            return ".?!".contains(last) ? title : title + "."
        }

        static func abstract(_ sections: [AbstractSection]) -> String? {
            let text = sections.map { section -> String in
                let body = RichText.plain(section.text)
                guard let label = section.label, !label.isEmpty else { return body }
                return body.isEmpty ? "\(label):" : "\(label): \(body)"
            }.joined(separator: " ")
            return text.isEmpty ? nil : text
        }

        static func fullName(_ name: Name) -> String {
            let family = familyWithParticles(name)
            var out = family
            if let given = name.given, !given.isEmpty { out += ", " + given }
            if let suffix = name.suffix, !suffix.isEmpty { out += " " + suffix }
            return out
        }

        static func abbreviatedName(_ name: Name, initials: String?) -> String {
            var out = familyWithParticles(name)
            let letters = initials ?? name.given.map { given in
                String(given.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." }).compactMap(\.first).filter(\.isLetter)).uppercased()
            }
            if let letters, !letters.isEmpty { out += " " + letters }
            if let suffix = name.suffix, !suffix.isEmpty { out += " " + suffix }
            return out
        }

        private static func familyWithParticles(_ name: Name) -> String {
            var family = name.family ?? name.literal ?? ""
            if let p = name.nonDroppingParticle, !p.isEmpty { family = p + " " + family }
            if let p = name.droppingParticle, !p.isEmpty { family = p + " " + family }
            return family
        }

        static func mesh(_ heading: MeshHeading) -> String {
            func term(_ t: MeshTerm) -> String { (t.majorTopic ? "*" : "") + t.name }
            return ([term(heading.descriptor)] + heading.qualifiers.map(term)).joined(separator: "/")
        }

        static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

        /// `DP`: `2009 Jun 1`, `2000 Spring`, `2015 Oct-Dec`, `1998 Dec-1999 Jan`, `1975 Aug 15-21`.
        static func publicationDate(_ date: DateValue) -> String? {
            guard let start = date.dateParts.first, !start.isEmpty else { return date.literal ?? date.raw }
            var out = side(start, after: nil)
            if date.dateParts.count > 1 {
                out += "-" + side(date.dateParts[1], after: start)
            }
            if let season = date.season {
                switch season {
                case .int(let n) where (1...4).contains(n): out += " " + ["Spring", "Summer", "Fall", "Winter"][n - 1]
                case .string(let s): out += " " + s
                default: break
                }
            }
            return out
        }

        /// One side of a range; the end leaves out the year and month it shares with the start.
        private static func side(_ parts: [Int], after start: [Int]?) -> String {
            var words: [String] = []
            let sameYear = start?.first == parts.first
            let sameMonth = sameYear && parts.count > 1 && (start?.count ?? 0) > 1 && start?[1] == parts[1]
            if !sameYear || start == nil || parts.count == 1 { words.append(String(format: "%04d", parts[0])) }
            if parts.count > 1, (1...12).contains(parts[1]), !(sameMonth && parts.count > 2) { words.append(monthNames[parts[1] - 1]) }
            if parts.count > 2 { words.append(String(parts[2])) }
            return words.joined(separator: " ")
        }

        static func compact(_ parts: [Int]) -> String {
            parts.enumerated().map { $0.offset == 0 ? String(format: "%04d", $0.element) : String(format: "%02d", $0.element) }.joined()
        }

        static func slashed(_ parts: [Int]) -> String {
            parts.enumerated().map { $0.offset == 0 ? String(format: "%04d", $0.element) : String(format: "%02d", $0.element) }.joined(separator: "/")
        }
    }
}
