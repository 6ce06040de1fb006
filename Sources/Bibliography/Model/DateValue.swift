/// A CSL-JSON date: date parts (one for a single date, two for a range), season, circa and literal forms.
public struct DateValue: Sendable, Hashable {
    /// Each element is `[year, month?, day?]`; a second element makes a range.
    public var dateParts: [[Int]]
    /// Season 1...4 (spring...winter) or a season name such as "Summer".
    public var season: JSONValue?
    /// Whether the date is approximate.
    public var circa: JSONValue?
    /// Text to show as is, when the date cannot be expressed as parts ("1998 Dec-1999 Jan" is kept here for ranges).
    /// A `literal` that is not a string is kept in ``extra``.
    public var literal: String?
    /// An unparsed date string from the source; a `raw` that is not a string is kept in ``extra``.
    public var raw: String?
    /// Other fields, and typed ones whose value had the wrong JSON type, kept verbatim.
    public var extra: [String: JSONValue]

    /// A date from its CSL-JSON parts.
    public init(
        dateParts: [[Int]] = [], season: JSONValue? = nil, circa: JSONValue? = nil,
        literal: String? = nil, raw: String? = nil, extra: [String: JSONValue] = [:]
    ) {
        self.dateParts = dateParts
        self.season = season
        self.circa = circa
        self.literal = literal
        self.raw = raw
        self.extra = extra
    }

    /// A single date from its parts.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        var parts = [year]
        if let month {
            parts.append(month)
            if let day { parts.append(day) }
        }
        self.init(dateParts: [parts])
    }

    /// The year of the (first) date.
    public var year: Int? { dateParts.first?.first }
    /// The month of the (first) date.
    public var month: Int? { dateParts.first.flatMap { $0.count > 1 ? $0[1] : nil } }
    /// The day of the (first) date.
    public var day: Int? { dateParts.first.flatMap { $0.count > 2 ? $0[2] : nil } }
    /// Whether this is a range (two sets of date parts).
    public var isRange: Bool { dateParts.count > 1 }
    /// Whether the date is approximate.
    public var isCirca: Bool { circa?.boolValue ?? false }
}
