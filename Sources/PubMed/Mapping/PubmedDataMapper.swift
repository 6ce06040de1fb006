import Bibliography

/// `PubmedData` / `PubmedBookData`: history, publication status, article ids, reference list.
enum PubmedDataMapper {
    static func apply(_ c: XMLCursor, to b: inout RecordBuilder) throws {
        try c.forEachChild { tag in
            switch tag {
            case .history where c.detail == .full:
                try c.forEachChild { inner in
                    guard inner == .pubMedPubDate else { return }
                    let status = c.attribute("PubStatus") ?? "unknown"
                    let parts = try DateMapper.parts(c)
                    if !parts.isEmpty { b.metadata.history.append(HistoryDate(status: status, date: parts)) }
                }
            case .publicationStatus: b.metadata.publicationStatus = try c.text()
            case .articleIdList:
                for id in try articleIDs(c) { b.addArticleID(id) }
            case .referenceList where c.detail == .full: try references(c, into: &b)
            default: break
            }
        }
    }

    static func articleIDs(_ c: XMLCursor) throws -> [ArticleID] {
        var ids: [ArticleID] = []
        try c.forEachChild { tag in
            guard tag == .articleId else { return }
            let type = c.attribute("IdType") ?? "unknown"
            if let value = try c.text() { ids.append(ArticleID(type: type, value: value)) }
        }
        return ids
    }

    /// ReferenceList may nest (titled sub-lists); all references are kept in order.
    static func references(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        try c.forEachChild { tag in
            switch tag {
            case .reference:
                var citation: String?
                var ids: [ArticleID] = []
                try c.forEachChild { inner in
                    switch inner {
                    case .citation: citation = try c.richText()
                    case .articleIdList: ids = try articleIDs(c)
                    default: break
                    }
                }
                if citation != nil || !ids.isEmpty {
                    b.metadata.references.append(CitedReference(citation: citation ?? "", articleIDs: ids))
                }
            case .referenceList where c.detail == .full: try references(c, into: &b)
            default: break
            }
        }
    }
}
