import Foundation

extension Item: Codable {
    /// Decodes a CSL-JSON object; names and dates that are not CSL-JSON shaped are kept verbatim in ``fields``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: DynamicKey.self)
        // `decode`, not `decodeIfPresent`: an explicit null is a value to keep, not an absence.
        let idKey = DynamicKey("id"), typeKey = DynamicKey("type")
        omitsID = !c.contains(idKey)
        id = omitsID ? .null : try c.decode(JSONValue.self, forKey: idKey)
        typeValue = c.contains(typeKey) ? try c.decode(JSONValue.self, forKey: typeKey) : nil
        names = [:]
        dates = [:]
        fields = [:]
        for key in c.allKeys where key.stringValue != "id" && key.stringValue != "type" {
            let name = key.stringValue
            if Item.nameVariables.contains(name), let list = try? c.decode([Name].self, forKey: key) {
                names[name] = list
            } else if Item.dateVariables.contains(name),
                let date = try? c.decode(DateValue.self, forKey: key)
            {
                dates[name] = date
            } else {
                fields[name] = try c.decode(JSONValue.self, forKey: key)
            }
        }
    }

    /// Encodes the item as CSL-JSON, writing back every field as it was read.
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
