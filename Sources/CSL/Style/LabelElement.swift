struct LabelElement: Sendable {
    var variable: String
    var form: String
    var plural: String
    var formatting: Formatting
}
