extension DateValue: Codable {
    /// Decodes a CSL-JSON date object.
    ///
    /// Throws when `date-parts` holds anything but whole numbers, digit strings and trailing empty
    /// strings (a `null` or `true` part, say): ``Item`` then keeps the whole date verbatim in its
    /// fields, so nothing is lost. Non-string `literal` and `raw` values are kept in ``extra``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        try self.init(object: try c.decode([String: JSONValue].self), codingPath: c.codingPath)
    }

    /// A date from a CSL-JSON value, or `nil` unless it is a date object with well-formed date parts.
    public init?(cslJSON value: JSONValue) {
        guard case .object(let object) = value, let date = try? DateValue(object: object, codingPath: []) else { return nil }
        self = date
    }

    private init(object: [String: JSONValue], codingPath: [any CodingKey]) throws {
        self.init()
        for (key, value) in object {
            switch (key, value) {
            case ("date-parts", _):
                dateParts = try Self.parts(from: value, codingPath: codingPath + [DynamicKey(key)])
                // An empty list is kept as written so the JSON round-trips.
                if dateParts.isEmpty { extra["date-parts"] = value }
            case ("season", _): season = value
            case ("circa", _): circa = value
            case ("literal", .string(let text)): literal = text
            case ("raw", .string(let text)): raw = text
            default: extra[key] = value
            }
        }
    }

    private static func parts(from value: JSONValue, codingPath: [any CodingKey]) throws -> [[Int]] {
        func corrupted(_ message: String) -> DecodingError {
            DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: message))
        }
        guard case .array(let outer) = value else { throw corrupted("date-parts must be an array of arrays") }
        var result: [[Int]] = []
        for element in outer {
            guard case .array(var inner) = element else { throw corrupted("date-parts must be an array of arrays") }
            while case .string("") = inner.last { inner.removeLast() }
            var parts: [Int] = []
            for part in inner {
                switch part {
                case .int(let n): parts.append(n)
                case .string(let s) where Self.isDigitString(s):
                    guard let n = Int(s) else { throw corrupted("date part \"\(s)\" is out of range") }
                    parts.append(n)
                default: throw corrupted("date part \(part) is not a whole number")
                }
            }
            result.append(parts)
        }
        return result
    }

    /// `2001`, `02` or `-44`: what a date part written as a string may hold to be read as a number.
    private static func isDigitString(_ s: String) -> Bool {
        let digits = s.hasPrefix("-") ? s.dropFirst() : Substring(s)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Encodes the date as CSL-JSON; values kept in ``extra`` never overwrite the typed ones.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        if !dateParts.isEmpty { try c.encode(dateParts, forKey: DynamicKey("date-parts")) }
        try c.encodeIfPresent(season, forKey: DynamicKey("season"))
        try c.encodeIfPresent(circa, forKey: DynamicKey("circa"))
        try c.encodeIfPresent(literal, forKey: DynamicKey("literal"))
        try c.encodeIfPresent(raw, forKey: DynamicKey("raw"))
        for (key, value) in extra where !written(key) {
            try c.encode(value, forKey: DynamicKey(key))
        }
    }

    private func written(_ key: String) -> Bool {
        switch key {
        case "date-parts": !dateParts.isEmpty
        case "season": season != nil
        case "circa": circa != nil
        case "literal": literal != nil
        case "raw": raw != nil
        default: false
        }
    }
}
