/// `<label>`: the term of a variable, pluralised as `plural` says.
struct LabelElement: Sendable {
    var variable: String
    var form: String
    var plural: String
    var formatting: Formatting
}
