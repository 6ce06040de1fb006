import Bibliography
import PubMed

extension EndNoteRecord {
    /// The record as a CSL item, with warnings for guesses.
    func item() -> (Item, [String]) {
        var warnings: [String] = []
        let type = EndNoteTypes.type(name: typeName, number: typeNumber) ?? {
            warnings.append("unknown EndNote reference type '\(typeName ?? typeNumber ?? "")'; read as a document")
            return .document
        }()
        var item = Item(id: values["rec-number"].map { "endnote-\($0)" } ?? "endnote-\(index + 1)", type: type)
        let isSerial = ["article-journal", "article-magazine", "article-newspaper", "periodical"].contains(type.rawValue)

        for (role, text) in contributors {
            let variable: String
            switch role {
            case "authors": variable = "author"
            case "secondary-authors": variable = "editor"
            case "tertiary-authors": variable = "collection-editor"
            case "subsidiary-authors", "translated-authors": variable = "translator"
            default: continue
            }
            item.names[variable, default: []].append(Self.name(text))
        }
        item.title = values["title"]
        if let secondary = values["secondary-title"] {
            // For a whole book EndNote's secondary title is the series.
            if type == .book { item.collectionTitle = secondary } else { item.containerTitle = secondary }
        }
        if item.containerTitle == nil, type != .book { item.containerTitle = values["periodical-full-title"] }
        if let tertiary = values["tertiary-title"], item.collectionTitle == nil { item.collectionTitle = tertiary }
        item.containerTitleShort = values["periodical-abbr-1"] ?? (isSerial ? values["alt-title"] : nil)
        item.setString("title-short", values["short-title"])
        item.page = values["pages"].map { $0.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-") }
        item.volume = values["volume"]
        if let number = values["number"] {
            if isSerial, values["issue"] == nil { item.issue = number } else { item.setString("number", number) }
        }
        if let issue = values["issue"] { item.issue = issue }
        item.edition = values["edition"]
        item.setString("section", values["section"])
        item.setString("number-of-volumes", values["num-vols"])
        item.issued = Self.date(year: values["year"], published: publicationDates.first)
        item.publisherPlace = values["pub-location"]
        item.publisher = values["publisher"]
        if let number = values["isbn"] {
            // EndNote keeps ISSNs in the ISBN field, often with the medium: `1367-4811 (Electronic)`.
            let first = number.split(separator: " ").first.map(String.init) ?? number
            if Self.isISSN(first) { item.issn = first } else { item.isbn = number }
        }
        if let doi = values["electronic-resource-num"].flatMap(Identifiers.normalizedDOI) { item.doi = doi }
        item.url = urls.first { $0.kind != "pdf-urls" && !$0.url.hasPrefix("internal-pdf:") }?.url
        item.abstract = values["abstract"]
        item.note = values["notes"]
        if !keywords.isEmpty { item.setString("keyword", keywords.joined(separator: ", ")) }
        item.language = values["language"]
        item.setString("genre", values["work-type"])
        item.setString("call-number", values["call-num"])
        if let accession = values["accession-num"], accession.allSatisfy(\.isNumber),
            let database = values["remote-database-provider"] ?? values["remote-database-name"],
            database.localizedCaseInsensitiveContains("nlm") || database.localizedCaseInsensitiveContains("pubmed")
        {
            item.pmid = accession
        }
        if let accessed = values["access-date"] { item.accessed = Self.date(year: nil, published: accessed) }
        if item.title == nil { warnings.append("the record has no title") }
        return (item, warnings)
    }

    /// `Family, Given` (EndNote's form for people); anything else, and a name ending in a comma, is an institution.
    static func name(_ text: String) -> Name {
        let trimmed = text.hasSuffix(",") ? String(text.dropLast()) : text
        guard !text.hasSuffix(","), let comma = trimmed.range(of: ",") else { return Name(literal: trimmed) }
        let family = String(trimmed[..<comma.lowerBound]).trimmingCharacters(in: .whitespaces)
        let given = String(trimmed[comma.upperBound...]).trimmingCharacters(in: .whitespaces)
        return Name(family: family, given: given.isEmpty ? nil : given)
    }

    static func isISSN(_ text: String) -> Bool {
        let compact = text.filter { $0 != "-" }.prefix(8)
        return text.count <= 10 && compact.count == 8 && compact.dropLast().allSatisfy(\.isNumber)
            && (compact.last.map { $0.isNumber || $0 == "X" || $0 == "x" } ?? false)
    }

    /// The year and a publication date (`Jan`, `Jan 15`, `15 January`, `2019-03-15`, `03/15/2019`).
    static func date(year: String?, published: String?) -> DateValue? {
        var y = year.flatMap { Int($0.prefix(4)) }
        var month: Int?
        var day: Int?
        if let published {
            let iso = published.split(separator: "-")
            let slashed = published.split(separator: "/")
            if iso.count >= 2, let first = Int(iso[0]), iso[0].count == 4 {
                y = y ?? first
                month = Int(iso[1])
                day = iso.count > 2 ? Int(iso[2].prefix(2)) : nil
            } else if slashed.count == 3, let m = Int(slashed[0]), let d = Int(slashed[1]), let yy = Int(slashed[2].prefix(4)) {
                y = y ?? yy
                month = m
                day = d
            } else {
                for word in published.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }) {
                    if let n = Int(word) {
                        if word.count == 4 { y = y ?? n } else if (1...31).contains(n) { day = n }
                    } else if let m = PubDateParser.monthNumber(String(word)) {
                        month = m
                    }
                }
            }
        }
        guard let y else { return published.map { DateValue(literal: $0) } }
        guard let month, (1...12).contains(month) else { return DateValue(dateParts: [[y]]) }
        if let day, (1...31).contains(day) { return DateValue(dateParts: [[y, month, day]]) }
        return DateValue(dateParts: [[y, month]])
    }
}
