/// `<number>`: a number variable in a given form.
struct NumberElement: Sendable {
    var variable: String
    var form: String
    var formatting: Formatting
}
