import Bibliography

/// Date elements: PubDate, BeginningDate, ContributionDate, PubMedPubDate.
enum DateMapper {
    /// Reads a `PubDate`-shaped element (Year/Month/Day/Season, or MedlineDate).
    static func pubDate(_ c: XMLCursor) throws -> DateValue? {
        var year: String?
        var month: String?
        var day: String?
        var season: String?
        var medline: String?
        try c.forEachChild { tag in
            switch tag {
            case .year: year = try c.text()
            case .month: month = try c.text()
            case .day: day = try c.text()
            case .season: season = try c.text()
            case .medlineDate: medline = try c.text()
            default: break
            }
        }
        if let medline, year == nil { return PubDateParser.medlineDate(medline) }
        return PubDateParser.date(year: year, month: month, day: day, season: season)
    }

    /// Reads a history date as `[year, month, day]`.
    static func parts(_ c: XMLCursor) throws -> [Int] {
        var year: Int?
        var month: Int?
        var day: Int?
        try c.forEachChild { tag in
            switch tag {
            case .year: year = try c.integer()
            case .month: month = try c.text().flatMap(PubDateParser.monthNumber)
            case .day: day = try c.integer()
            default: break
            }
        }
        return [year, month, day].prefix { $0 != nil }.compactMap { $0 }
    }
}
