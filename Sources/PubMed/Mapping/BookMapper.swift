import Bibliography

/// Maps `PubmedBookArticle` and `BookDocument` elements: a whole book becomes a `book` item, a
/// chapter (a BookDocument with an ArticleTitle) a `chapter` item inside the book.
enum BookMapper {
    /// Reads a `PubmedBookArticle` (cursor on its start tag, left on its end tag).
    static func pubmedBookArticle(_ c: XMLCursor) throws -> Record {
        var builder = RecordBuilder(type: .book)
        var book = BookParts()
        try c.forEachChild { tag in
            switch tag {
            case .bookDocument: try bookDocument(c, into: &builder, book: &book)
            case .pubmedBookData: try PubmedDataMapper.apply(c, to: &builder)
            default: break
            }
        }
        return builder.finish()
    }

    /// Reads a `BookDocument` that stands alone (BookDocumentSet files).
    static func bareBookDocument(_ c: XMLCursor) throws -> Record {
        var builder = RecordBuilder(type: .book)
        var book = BookParts()
        try bookDocument(c, into: &builder, book: &book)
        return builder.finish()
    }

    /// The `Book` element's parts, placed once we know whether the record is a chapter.
    struct BookParts {
        var title: String?
        var authors: [Name] = []
        var editors: [Name] = []
        var details: [AuthorDetail] = []
        var date: DateValue?
        var volume: String?
    }

    private static func bookDocument(_ c: XMLCursor, into b: inout RecordBuilder, book: inout BookParts) throws {
        var chapterTitle: String?
        var chapterAuthors: [AuthorMapper.Entry] = []
        var contributionDate: DateValue?
        try c.forEachChild { tag in
            switch tag {
            case .pmid: try ArticleMapper.readPMID(c, into: &b)
            case .articleIdList:
                for id in try PubmedDataMapper.articleIDs(c) { b.addArticleID(id) }
            case .book: try bookElement(c, into: &b, book: &book)
            case .articleTitle: chapterTitle = TitleText.withoutFinalPeriod(try c.richText())
            case .vernacularTitle: b.metadata.vernacularTitle = try c.richText()
            case .pagination: try ArticleMapper.pagination(c, into: &b)
            case .language:
                if let language = try c.text(), b.item.language == nil { b.item.language = LanguageTag.bcp47(language) }
            case .authorList:
                let list = try AuthorMapper.authorList(c)
                if list.type?.lowercased() == "editors" {
                    book.editors.append(contentsOf: list.entries.filter(\.detail.valid).map(\.name))
                } else {
                    chapterAuthors.append(contentsOf: list.entries)
                }
            case .investigatorList:
                let list = try AuthorMapper.authorList(c)
                b.metadata.investigators.append(contentsOf: list.entries.map(\.name))
            case .publicationType: try ListMapper.publicationType(c, into: &b)
            case .abstract: try AbstractMapper.apply(c, to: &b)
            case .sections: try sections(c, into: &b)
            case .keywordList: try ListMapper.keywords(c, into: &b)
            case .grantList: try ListMapper.grants(c, into: &b)
            case .contributionDate: contributionDate = try DateMapper.pubDate(c)
            case .referenceList: try PubmedDataMapper.references(c, into: &b)
            default: break
            }
        }
        if let chapterTitle {
            b.item.type = .chapter
            b.item.title = chapterTitle
            b.item.containerTitle = book.title
            b.item.names["author"] = nonEmpty(chapterAuthors.filter(\.detail.valid).map(\.name))
            b.metadata.authorDetails = chapterAuthors.map(\.detail)
            b.item.names["container-author"] = nonEmpty(book.authors)
        } else {
            b.item.title = book.title
            let authors = chapterAuthors.filter(\.detail.valid).map(\.name) + book.authors
            b.item.names["author"] = nonEmpty(authors)
            b.metadata.authorDetails = chapterAuthors.map(\.detail) + book.details
        }
        b.item.names["editor"] = nonEmpty(book.editors)
        b.item.issued = book.date ?? contributionDate
        if let volume = book.volume { b.item.volume = volume }
    }

    private static func bookElement(_ c: XMLCursor, into b: inout RecordBuilder, book: inout BookParts) throws {
        try c.forEachChild { tag in
            switch tag {
            case .publisher:
                try c.forEachChild { inner in
                    switch inner {
                    case .publisherName: b.item.publisher = try c.text()
                    case .publisherLocation: b.item.publisherPlace = try c.text()
                    default: break
                    }
                }
            case .bookTitle: book.title = try c.richText()
            case .pubDate: book.date = try DateMapper.pubDate(c)
            case .authorList:
                let list = try AuthorMapper.authorList(c)
                let valid = list.entries.filter(\.detail.valid).map(\.name)
                if list.type?.lowercased() == "editors" {
                    book.editors.append(contentsOf: valid)
                } else {
                    book.authors.append(contentsOf: valid)
                    book.details.append(contentsOf: list.entries.map(\.detail))
                }
            case .investigatorList:
                let list = try AuthorMapper.authorList(c)
                b.metadata.investigators.append(contentsOf: list.entries.map(\.name))
            case .volume: book.volume = try c.text()
            case .volumeTitle: b.item.setString("volume-title", try c.richText())
            case .edition: b.item.edition = try c.text()
            case .collectionTitle: b.item.collectionTitle = try c.richText()
            case .isbn:
                if let isbn = try c.text() {
                    if b.item.isbn == nil { b.item.isbn = isbn }
                    b.addArticleID(ArticleID(type: "isbn", value: isbn))
                }
            case .eLocationID: try ArticleMapper.eLocation(c, into: &b)
            case .medium: b.item.setString("medium", try c.text())
            case .reportNumber: b.item.setString("number", try c.text())
            default: break
            }
        }
    }

    /// Section titles, depth first (sections nest).
    private static func sections(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        try c.forEachChild { tag in
            switch tag {
            case .section: try sections(c, into: &b)
            case .sectionTitle: if let title = try c.richText() { b.metadata.sections.append(title) }
            default: break
            }
        }
    }

    private static func nonEmpty(_ names: [Name]) -> [Name]? { names.isEmpty ? nil : names }
}
