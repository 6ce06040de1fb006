/// What a `<text>` element renders.
enum TextSource: Sendable {
    case variable(String, form: String)
    case macro(String)
    case term(String, form: String, plural: Bool)
    case value(String)
}

/// `<text>`: a variable, macro, term or literal value.
struct TextElement: Sendable {
    var source: TextSource
    var formatting: Formatting
}
