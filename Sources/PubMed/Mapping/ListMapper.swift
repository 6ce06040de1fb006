import Bibliography

/// The indexing lists of a citation: MeSH, chemicals, keywords, grants, publication types,
/// comments and corrections.
enum ListMapper {
    static func meshHeadings(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        try c.forEachChild { tag in
            guard tag == .meshHeading else { return }
            var descriptor: MeshTerm?
            var type: String?
            var qualifiers: [MeshTerm] = []
            try c.forEachChild { inner in
                switch inner {
                case .descriptorName:
                    type = c.attribute("Type")
                    descriptor = try term(c)
                case .qualifierName:
                    if let q = try term(c) { qualifiers.append(q) }
                default: break
                }
            }
            if let descriptor {
                b.metadata.meshHeadings.append(MeshHeading(descriptor: descriptor, qualifiers: qualifiers, type: type))
            }
        }
    }

    private static func term(_ c: XMLCursor) throws -> MeshTerm? {
        let ui = c.attribute("UI")
        let major = c.attribute("MajorTopicYN", is: "Y")
        return try c.text().map { MeshTerm(name: $0, ui: ui, majorTopic: major) }
    }

    static func chemicals(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        try c.forEachChild { tag in
            guard tag == .chemical else { return }
            var registry: String?
            var name: String?
            var ui: String?
            try c.forEachChild { inner in
                switch inner {
                case .registryNumber: registry = try c.text()
                case .nameOfSubstance:
                    ui = c.attribute("UI")
                    name = try c.text()
                default: break
                }
            }
            if let name {
                b.metadata.chemicals.append(Chemical(name: name, registryNumber: registry == "0" ? nil : registry, ui: ui))
            }
        }
    }

    static func supplementalConcepts(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        try c.forEachChild { tag in
            guard tag == .supplMeshName else { return }
            let type = c.attribute("Type")
            let ui = c.attribute("UI")
            if let name = try c.text() { b.metadata.supplementalConcepts.append(SupplementalConcept(name: name, type: type, ui: ui)) }
        }
    }

    static func dataBanks(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        try c.forEachChild { tag in
            guard tag == .dataBank else { return }
            var name: String?
            var numbers: [String] = []
            try c.forEachChild { inner in
                switch inner {
                case .dataBankName: name = try c.text()
                case .accessionNumberList:
                    try c.forEachChild { n in
                        if n == .accessionNumber, let value = try c.text() { numbers.append(value) }
                    }
                default: break
                }
            }
            if let name { b.metadata.dataBanks.append(DataBank(name: name, accessionNumbers: numbers)) }
        }
    }

    static func keywords(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        let owner = c.attribute("Owner")
        try c.forEachChild { tag in
            guard tag == .keyword else { return }
            let major = c.attribute("MajorTopicYN", is: "Y")
            if let text = try c.text() {
                b.metadata.keywords.append(Keyword(text: text, majorTopic: major, owner: owner))
                b.keywords.append(text)
            }
        }
    }

    static func grants(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        try c.forEachChild { tag in
            guard tag == .grant else { return }
            var grant = Grant()
            try c.forEachChild { inner in
                switch inner {
                case .grantID: grant.id = try c.text()
                case .acronym: grant.acronym = try c.text()
                case .agency: grant.agency = try c.text()
                case .country: grant.country = try c.text()
                default: break
                }
            }
            b.metadata.grants.append(grant)
        }
    }

    static func publicationTypes(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        try c.forEachChild { tag in
            if tag == .publicationType { try publicationType(c, into: &b) }
        }
    }

    static func publicationType(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        let ui = c.attribute("UI")
        if let name = try c.text() { b.metadata.publicationTypes.append(PublicationType(name: name, ui: ui)) }
    }

    static func commentsCorrections(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        try c.forEachChild { tag in
            guard tag == .commentsCorrections else { return }
            var link = CommentCorrection(type: CommentCorrection.Kind(rawValue: c.attribute("RefType") ?? "Unknown"))
            try c.forEachChild { inner in
                switch inner {
                case .refSource: link.refSource = try c.text()
                case .pmid: link.pmid = try c.text()
                case .note: link.note = try c.text()
                default: break
                }
            }
            b.metadata.commentsCorrections.append(link)
        }
    }
}
