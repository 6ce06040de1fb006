import Bibliography
import Foundation
import Yams

/// Writes CSL items as CSL-YAML (a `references` list, keys sorted) that ``CSLYAMLReader`` reads back
/// to the same items.
public enum CSLYAMLWriter {
    /// The items as CSL-YAML text.
    public static func write(_ items: [Item]) throws -> String {
        let data = try Bibliography(items: items).cslJSONData(pretty: false)
        // Through JSONValue, so integers stay integers and booleans booleans in the YAML.
        let values = try JSONDecoder().decode([JSONValue].self, from: data)
        return try Yams.dump(object: ["references": values.map(plain)], allowUnicode: true, sortKeys: true)
    }

    private static func plain(_ value: JSONValue) -> Any {
        switch value {
        case .null: return NSNull()
        case .bool(let b): return b
        case .int(let i): return i
        case .double(let d): return d
        case .string(let s): return s
        case .array(let a): return a.map(plain)
        case .object(let o): return o.mapValues(plain)
        }
    }
}
