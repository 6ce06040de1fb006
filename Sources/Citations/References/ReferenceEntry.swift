import Bibliography

/// One entry of the page's numbered reference list, as written (parsing its fields is `ReferenceText`'s job).
public struct ReferenceEntry: Sendable, Codable {
    /// The entry's number in the list.
    public var number: Int
    /// The entry's text: lines joined with one space, the leading number removed, otherwise as written.
    public var text: String
    /// Where the entry starts (its number) in the source file.
    public var location: SourceLocation
    /// The source location of each character of ``text`` (a joining space takes the location of the
    /// character before it); empty when unknown.
    public var textLocations: [SourceLocation]

    public init(number: Int, text: String, location: SourceLocation, textLocations: [SourceLocation] = []) {
        self.number = number
        self.text = text
        self.location = location
        self.textLocations = textLocations
    }

    /// Where the character at `offset` of ``text`` is in the source; the entry's location when unknown.
    public func location(ofTextOffset offset: Int) -> SourceLocation {
        guard !textLocations.isEmpty else { return location }
        return textLocations[min(max(offset, 0), textLocations.count - 1)]
    }
}
