import Bibliography

/// One entry of the page's numbered reference list, as written (parsing its fields is `ReferenceText`'s job).
public struct ReferenceEntry: Sendable, Codable {
    /// The entry's number in the list.
    public var number: Int
    /// The entry's text: lines joined with one space, the leading number removed, otherwise as written.
    public var text: String
    /// Where the entry starts (its number) in the source file.
    public var location: SourceLocation

    public init(number: Int, text: String, location: SourceLocation) {
        self.number = number
        self.text = text
        self.location = location
    }
}
