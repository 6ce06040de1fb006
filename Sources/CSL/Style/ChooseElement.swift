/// The tests of one `<if>` or `<else-if>`, combined as `match` says.
struct Condition: Sendable {
    var match: String
    var tests: [(kind: String, values: [String])]
}

/// `<choose>`: branches tried in order; a `nil` condition is `<else>`.
struct ChooseElement: Sendable {
    var branches: [(condition: Condition?, children: [Element])]
}
