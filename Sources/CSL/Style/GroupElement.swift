/// `<group>`: children rendered together with a delimiter.
struct GroupElement: Sendable {
    var children: [Element]
    var delimiter: String
    var formatting: Formatting
}
