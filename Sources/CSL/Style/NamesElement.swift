/// `<names>`: name variables with their et-al, label and substitute.
struct NamesElement: Sendable {
    var variables: [String]
    var name: NameElement?
    var etAl: (term: String, formatting: Formatting)?
    var label: LabelElement?
    /// Whether the label precedes the name (it came first among the children).
    var labelBeforeName: Bool
    var substitute: [Element]?
    var delimiter: String?
    var formatting: Formatting
}
