/// `<date-part>`: one part of a date (year, month or day) and its form.
struct DatePartElement: Sendable {
    var name: String
    var form: String?
    var rangeDelimiter: String?
    var formatting: Formatting
    var hasStripPeriods: Bool
}
