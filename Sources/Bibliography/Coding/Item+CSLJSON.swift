import Foundation

extension Item: Codable {
    /// Decodes a CSL-JSON object; names and dates that are not CSL-JSON shaped are kept verbatim in ``fields``.
    public init(from decoder: any Decoder) throws {
        self.init(cslJSON: try decoder.singleValueContainer().decode([String: JSONValue].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        if !(omitsID && id == .null) { try c.encode(id, forKey: DynamicKey("id")) }
        if let typeValue { try c.encode(typeValue, forKey: DynamicKey("type")) }
        for (key, list) in names { try c.encode(list, forKey: DynamicKey(key)) }
        for (key, date) in dates { try c.encode(date, forKey: DynamicKey(key)) }
        for (key, value) in fields { try c.encode(value, forKey: DynamicKey(key)) }
    }
}

extension Item {
    /// Encodes the item as one line of CSL-JSON with sorted keys.
    public func cslJSONData(pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

extension Item {
    /// An item from a CSL-JSON object already parsed: name and date variables typed where they have
    /// the CSL-JSON shape, every other field (and any malformed name or date) kept as written.
    public init(cslJSON object: [String: JSONValue]) {
        self.init(id: "")
        // An explicit null id is a value to keep, not an absence.
        omitsID = object["id"] == nil
        id = object["id"] ?? .null
        typeValue = object["type"]
        for (key, value) in object where key != "id" && key != "type" {
            if Item.nameVariables.contains(key), let list = Name.list(cslJSON: value) {
                names[key] = list
            } else if Item.dateVariables.contains(key), let date = DateValue(cslJSON: value) {
                dates[key] = date
            } else {
                fields[key] = value
            }
        }
    }
}
