/// One bibliographic item, modelled on CSL-JSON.
///
/// Names and dates are typed; every other field (ordinary and number variables, and fields this
/// model does not know) is kept as its JSON value, so CSL-JSON decodes to an `Item` and encodes
/// back without loss. Typed accessors (``title``, ``volume``, ``author``, ...) read and write
/// the common fields.
public struct Item: Sendable, Hashable {
    /// The item's identifier; CSL-JSON allows a string or a number (`.null` when the source gave none).
    public var id: JSONValue
    /// Whether the source had no `id` key at all (as opposed to `"id": null`), so encoding omits it.
    var omitsID = false
    /// The CSL item type: `article-journal` when the source gave none or gave one that is not a string.
    public var type: ItemType {
        get {
            if case .string(let name) = typeValue { return ItemType(rawValue: name) }
            return .articleJournal
        }
        set { typeValue = .string(newValue.rawValue) }
    }
    /// The `type` value exactly as the source gave it (`nil` when absent; a number or `null` is kept
    /// as is), so that CSL-JSON in the wild round-trips.
    var typeValue: JSONValue?
    /// Name variables (`author`, `editor`, ...), keyed by CSL variable name.
    public var names: [String: [Name]]
    /// Date variables (`issued`, `accessed`, ...), keyed by CSL variable name.
    public var dates: [String: DateValue]
    /// All other fields, keyed by CSL-JSON field name, as written; also name and date variables
    /// whose value is not CSL-JSON shaped (a date with a `null` part, a date given as a string).
    public var fields: [String: JSONValue]

    /// Creates an item.
    /// - Parameters:
    ///   - id: the identifier (a string here; decode CSL-JSON for a numeric one).
    ///   - type: the CSL item type; `article-journal` by default.
    public init(id: String, type: ItemType = .articleJournal) {
        self.id = .string(id)
        self.typeValue = .string(type.rawValue)
        self.names = [:]
        self.dates = [:]
        self.fields = [:]
    }

    /// The identifier as text.
    public var idString: String { id.text ?? "" }
}

extension Item {
    /// The CSL-JSON keys whose values are name lists (CSL 1.0.2 name variables).
    public static let nameVariables: Set<String> = [
        "author", "chair", "collection-editor", "compiler", "composer", "container-author",
        "contributor", "curator", "director", "editor", "editorial-director", "executive-producer",
        "guest", "host", "illustrator", "interviewer", "narrator", "organizer", "original-author",
        "performer", "producer", "recipient", "reviewed-author", "script-writer", "series-creator",
        "translator",
    ]

    /// The CSL-JSON keys whose values are dates (CSL 1.0.2 date variables).
    public static let dateVariables: Set<String> = [
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    ]

    /// A field's value as text (numbers are written in decimal), or `nil` when absent or not text.
    public func string(_ key: String) -> String? { fields[key]?.text }

    /// Sets or removes a text field.
    public mutating func setString(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { fields[key] = .string(value) } else { fields[key] = nil }
    }
}
