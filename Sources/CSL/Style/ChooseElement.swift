struct Condition: Sendable {
    var match: String
    var tests: [(kind: String, values: [String])]
}

struct ChooseElement: Sendable {
    var branches: [(condition: Condition?, children: [Element])]
}
