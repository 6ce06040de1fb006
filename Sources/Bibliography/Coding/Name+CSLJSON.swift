extension Name: Codable {
    private static let typedKeys = [
        "family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal",
    ]

    /// Decodes a CSL-JSON name; non-string values of the typed keys and unknown keys are kept in ``extra``.
    public init(from decoder: any Decoder) throws {
        self.init(cslJSON: try decoder.singleValueContainer().decode([String: JSONValue].self))
    }

    /// A name from a CSL-JSON name object: string name parts typed, every other member kept in ``extra``.
    public init(cslJSON object: [String: JSONValue]) {
        var extra: [String: JSONValue] = [:]
        var strings: [String: String] = [:]
        for (key, value) in object {
            if Self.typedKeys.contains(key), case .string(let s) = value {
                strings[key] = s
            } else {
                extra[key] = value
            }
        }
        self.init(
            family: strings["family"], given: strings["given"],
            droppingParticle: strings["dropping-particle"],
            nonDroppingParticle: strings["non-dropping-particle"],
            suffix: strings["suffix"], literal: strings["literal"], extra: extra)
    }

    /// A list of names from a CSL-JSON value, or `nil` unless it is an array of objects.
    public static func list(cslJSON value: JSONValue) -> [Name]? {
        guard case .array(let entries) = value else { return nil }
        var names: [Name] = []
        names.reserveCapacity(entries.count)
        for entry in entries {
            guard case .object(let object) = entry else { return nil }
            names.append(Name(cslJSON: object))
        }
        return names
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        try c.encodeIfPresent(family, forKey: DynamicKey("family"))
        try c.encodeIfPresent(given, forKey: DynamicKey("given"))
        try c.encodeIfPresent(droppingParticle, forKey: DynamicKey("dropping-particle"))
        try c.encodeIfPresent(nonDroppingParticle, forKey: DynamicKey("non-dropping-particle"))
        try c.encodeIfPresent(suffix, forKey: DynamicKey("suffix"))
        try c.encodeIfPresent(literal, forKey: DynamicKey("literal"))
        // A typed part set after decoding wins over a non-string value kept under the same key.
        let typed: [String: String?] = [
            "family": family, "given": given, "dropping-particle": droppingParticle,
            "non-dropping-particle": nonDroppingParticle, "suffix": suffix, "literal": literal,
        ]
        for (key, value) in extra where (typed[key] ?? nil) == nil {
            try c.encode(value, forKey: DynamicKey(key))
        }
    }
}
