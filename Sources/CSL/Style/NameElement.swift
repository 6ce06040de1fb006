struct NamePart: Sendable {
    var formatting: Formatting
}

struct NameElement: Sendable {
    var options: NameOptions
    var formatting: Formatting
    var given: NamePart?
    var family: NamePart?
}
