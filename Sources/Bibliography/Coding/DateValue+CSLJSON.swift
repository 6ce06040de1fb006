extension DateValue: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: DynamicKey.self)
        self.init()
        for key in c.allKeys {
            let value = try c.decode(JSONValue.self, forKey: key)
            switch key.stringValue {
            case "date-parts":
                dateParts = try Self.parts(from: value, codingPath: c.codingPath + [key])
                // An empty list is kept as written so the JSON round-trips.
                if dateParts.isEmpty { extra["date-parts"] = value }
            case "season": season = value
            case "circa": circa = value
            case "literal": literal = value.text
            case "raw": raw = value.text
            default: extra[key.stringValue] = value
            }
        }
    }

    /// Reads `[[y, m, d], ...]`, accepting numbers or numeric strings (both occur in the wild).
    private static func parts(from value: JSONValue, codingPath: [any CodingKey]) throws -> [[Int]] {
        guard case .array(let outer) = value else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath, debugDescription: "date-parts must be an array of arrays"))
        }
        var result: [[Int]] = []
        for element in outer {
            guard case .array(let inner) = element else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: codingPath, debugDescription: "date-parts must be an array of arrays"))
            }
            var parts: [Int] = []
            for part in inner {
                if case .string(let s) = part, s.trimmingCharacters(in: .whitespaces).isEmpty { break }
                guard let n = part.intValue else {
                    throw DecodingError.dataCorrupted(.init(
                        codingPath: codingPath,
                        debugDescription: "date part \(part.text ?? "?") is not a number"))
                }
                parts.append(n)
            }
            result.append(parts)
        }
        return result
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        if !dateParts.isEmpty { try c.encode(dateParts, forKey: DynamicKey("date-parts")) }
        try c.encodeIfPresent(season, forKey: DynamicKey("season"))
        try c.encodeIfPresent(circa, forKey: DynamicKey("circa"))
        try c.encodeIfPresent(literal, forKey: DynamicKey("literal"))
        try c.encodeIfPresent(raw, forKey: DynamicKey("raw"))
        for (key, value) in extra {
            try c.encode(value, forKey: DynamicKey(key))
        }
    }
}

import Foundation
