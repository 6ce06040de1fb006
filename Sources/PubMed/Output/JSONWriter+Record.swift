import Bibliography

/// Records as JSON: the CSL-JSON item, optionally with the metadata under one more key. Keys are
/// sorted (by UTF-8 bytes) at every level; the shapes are those `Codable` gives the same types.
extension JSONWriter {
    mutating func item(_ item: Item, metadataKey: String? = nil, metadata: RecordMetadata? = nil) {
        enum Slot { case id, type, name([Name]), date(DateValue), field(JSONValue), metadata(RecordMetadata) }
        var slots: [(String, Slot)] = [("id", .id), ("type", .type)]
        for (k, v) in item.names { slots.append((k, .name(v))) }
        for (k, v) in item.dates { slots.append((k, .date(v))) }
        for (k, v) in item.fields where k != "id" && k != "type" { slots.append((k, .field(v))) }
        if let metadataKey, let metadata { slots.append((metadataKey, .metadata(metadata))) }
        slots.sort { PrettyJSONWriter.keyOrder($0.0, $1.0) }
        beginObject()
        for (k, slot) in slots {
            key(k)
            switch slot {
            case .id: value(item.id)
            case .type: string(item.type.rawValue)
            case .name(let names):
                beginArray()
                for n in names { name(n) }
                endArray()
            case .date(let d): date(d)
            case .field(let v): value(v)
            case .metadata(let m): self.metadata(m)
            }
        }
        endObject()
    }

    mutating func name(_ n: Name) {
        var members: [(String, JSONValue)] = n.extra.map { ($0.key, $0.value) }
        if let v = n.droppingParticle { members.append(("dropping-particle", .string(v))) }
        if let v = n.family { members.append(("family", .string(v))) }
        if let v = n.given { members.append(("given", .string(v))) }
        if let v = n.literal { members.append(("literal", .string(v))) }
        if let v = n.nonDroppingParticle { members.append(("non-dropping-particle", .string(v))) }
        if let v = n.suffix { members.append(("suffix", .string(v))) }
        sortedObject(members)
    }

    mutating func date(_ d: DateValue) {
        var members: [(String, JSONValue)] = d.extra.map { ($0.key, $0.value) }
        if !d.dateParts.isEmpty {
            members.append(("date-parts", .array(d.dateParts.map { .array($0.map { .int($0) }) })))
        }
        if let v = d.season { members.append(("season", v)) }
        if let v = d.circa { members.append(("circa", v)) }
        if let v = d.literal { members.append(("literal", .string(v))) }
        if let v = d.raw { members.append(("raw", .string(v))) }
        sortedObject(members)
    }

    private mutating func sortedObject(_ members: [(String, JSONValue)]) {
        beginObject()
        for (k, v) in members.sorted(by: { PrettyJSONWriter.keyOrder($0.0, $1.0) }) {
            key(k)
            value(v)
        }
        endObject()
    }

    // MARK: - RecordMetadata, members in sorted order

    mutating func metadata(_ m: RecordMetadata) {
        beginObject()
        member("abstractCopyright", m.abstractCopyright)
        member("abstractSections", m.abstractSections) { $0.section($1) }
        member("articleDates", m.articleDates) { $0.historyDate($1) }
        member("articleIDs", m.articleIDs) { $0.articleID($1) }
        member("authorDetails", m.authorDetails) { w, d in
            w.beginObject()
            w.member("affiliations", strings: d.affiliations)
            w.member("equalContribution", d.equalContribution)
            w.member("identifiers", d.identifiers) { w, i in
                w.beginObject()
                w.member("source", i.source)
                w.member("value", i.value)
                w.endObject()
            }
            w.member("initials", d.initials)
            if let name = d.name {
                w.key("name")
                w.name(name)
            }
            w.member("valid", d.valid)
            w.endObject()
        }
        member("chemicals", m.chemicals) { w, c in
            w.beginObject()
            w.member("name", c.name)
            w.member("registryNumber", c.registryNumber)
            w.member("ui", c.ui)
            w.endObject()
        }
        member("coiStatement", m.coiStatement)
        member("commentsCorrections", m.commentsCorrections) { w, c in
            w.beginObject()
            w.member("note", c.note)
            w.member("pmid", c.pmid)
            w.member("refSource", c.refSource)
            w.member("type", c.type.rawValue)
            w.endObject()
        }
        member("dataBanks", m.dataBanks) { w, d in
            w.beginObject()
            w.member("accessionNumbers", strings: d.accessionNumbers)
            w.member("name", d.name)
            w.endObject()
        }
        if let d = m.dateCompleted { intArray("dateCompleted", d) }
        if let d = m.dateCreated { intArray("dateCreated", d) }
        if let d = m.dateRevised { intArray("dateRevised", d) }
        member("endPage", m.endPage)
        member("grants", m.grants) { w, g in
            w.beginObject()
            w.member("acronym", g.acronym)
            w.member("agency", g.agency)
            w.member("country", g.country)
            w.member("id", g.id)
            w.endObject()
        }
        member("history", m.history) { $0.historyDate($1) }
        member("investigators", m.investigators) { $0.name($1) }
        if let journal = m.journal {
            key("journal")
            beginObject()
            member("country", journal.country)
            member("issnLinking", journal.issnLinking)
            member("issns", journal.issns) { w, i in
                w.beginObject()
                w.member("type", i.type)
                w.member("value", i.value)
                w.endObject()
            }
            member("medlineTA", journal.medlineTA)
            member("nlmUniqueID", journal.nlmUniqueID)
            endObject()
        }
        member("keywords", m.keywords) { w, k in
            w.beginObject()
            w.member("majorTopic", k.majorTopic)
            w.member("owner", k.owner)
            w.member("text", k.text)
            w.endObject()
        }
        member("languages", strings: m.languages)
        member("meshHeadings", m.meshHeadings) { w, h in
            w.beginObject()
            w.key("descriptor")
            w.meshTerm(h.descriptor)
            w.member("qualifiers", h.qualifiers) { $0.meshTerm($1) }
            w.member("type", h.type)
            w.endObject()
        }
        member("otherAbstracts", m.otherAbstracts) { w, o in
            w.beginObject()
            w.member("copyright", o.copyright)
            w.member("language", o.language)
            w.member("sections", o.sections) { $0.section($1) }
            w.member("type", o.type)
            w.endObject()
        }
        member("pmid", m.pmid)
        member("pmidVersion", m.pmidVersion)
        member("publicationStatus", m.publicationStatus)
        member("publicationTypes", m.publicationTypes) { w, p in
            w.beginObject()
            w.member("name", p.name)
            w.member("ui", p.ui)
            w.endObject()
        }
        member("references", m.references) { w, r in
            w.beginObject()
            w.member("articleIDs", r.articleIDs) { $0.articleID($1) }
            w.member("citation", r.citation)
            w.endObject()
        }
        member("sections", strings: m.sections)
        member("source", m.source)
        member("startPage", m.startPage)
        member("status", m.status)
        member("supplementalConcepts", m.supplementalConcepts) { w, s in
            w.beginObject()
            w.member("name", s.name)
            w.member("type", s.type)
            w.member("ui", s.ui)
            w.endObject()
        }
        member("vernacularTitle", m.vernacularTitle)
        endObject()
    }

    private mutating func historyDate(_ h: HistoryDate) {
        beginObject()
        intArray("date", h.date)
        member("status", h.status)
        endObject()
    }

    private mutating func intArray(_ name: String, _ values: [Int]) {
        key(name)
        beginArray()
        for v in values { int(v) }
        endArray()
    }

    private mutating func section(_ s: AbstractSection) {
        beginObject()
        member("label", s.label)
        member("nlmCategory", s.nlmCategory)
        member("text", s.text)
        endObject()
    }

    private mutating func articleID(_ a: ArticleID) {
        beginObject()
        member("fromELocation", a.fromELocation)
        member("type", a.type)
        member("value", a.value)
        endObject()
    }

    private mutating func meshTerm(_ t: MeshTerm) {
        beginObject()
        member("majorTopic", t.majorTopic)
        member("name", t.name)
        member("ui", t.ui)
        endObject()
    }
}
