struct NumberElement: Sendable {
    var variable: String
    var form: String
    var formatting: Formatting
}
