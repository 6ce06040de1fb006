/// `<name-part>`: formatting of the given or family name.
struct NamePart: Sendable {
    var formatting: Formatting
}

/// `<name>`: how each name of a names variable is written.
struct NameElement: Sendable {
    var options: NameOptions
    var formatting: Formatting
    var given: NamePart?
    var family: NamePart?
}
