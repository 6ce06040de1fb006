/// `<date>`: a date variable, in a locale date form or with its own parts.
struct DateElement: Sendable {
    var variable: String
    var form: String?
    var dateParts: String
    var parts: [DatePartElement]
    var delimiter: String?
    var formatting: Formatting
}
