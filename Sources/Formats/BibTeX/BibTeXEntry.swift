/// One entry of a BibTeX file as written: its type, key and fields with macros expanded and `#`
/// concatenations joined, but LaTeX still in place (names and verbatim fields need it raw).
public struct BibTeXEntry: Sendable, Hashable {
    /// The entry type, lowercased (`article`, `inproceedings`, ...).
    public var type: String
    /// The citation key as written.
    public var key: String
    /// Field names (lowercased) and raw values, in file order; a repeated field keeps its first value.
    public var fields: [(name: String, value: String)]
    /// The byte offset of the entry's `@`, for diagnostics.
    var offset: Int

    /// An entry from its parts.
    public init(type: String, key: String, fields: [(name: String, value: String)]) {
        self.type = type
        self.key = key
        self.fields = fields
        self.offset = 0
    }

    /// The raw value of a field, by its lowercase name (field names are stored lowercased).
    public subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    public static func == (a: BibTeXEntry, b: BibTeXEntry) -> Bool {
        a.type == b.type && a.key == b.key && a.fields.elementsEqual(b.fields) { $0 == $1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(key)
        for field in fields {
            hasher.combine(field.name)
            hasher.combine(field.value)
        }
    }
}
