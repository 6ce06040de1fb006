struct DatePartElement: Sendable {
    var name: String
    var form: String?
    var rangeDelimiter: String?
    var formatting: Formatting
    var hasStripPeriods: Bool
}
