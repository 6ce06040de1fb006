import Bibliography

/// Reading of the CSL-JSON `custom` fields CiteKit uses for facts CSL-JSON has no variable for.
enum CustomFields {
    /// `"custom": {"author-list-incomplete": true}`: the record's author list is known to be partial.
    static func authorListIncomplete(_ custom: JSONValue) -> Bool? {
        guard case .object(let o) = custom else { return nil }
        return o["author-list-incomplete"]?.boolValue
    }
}
