extension Name: Codable {
    private static let typedKeys = [
        "family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal",
    ]

    /// Decodes a CSL-JSON name; non-string values of the typed keys and unknown keys are kept in ``extra``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: DynamicKey.self)
        var extra: [String: JSONValue] = [:]
        var strings: [String: String] = [:]
        for key in c.allKeys {
            let value = try c.decode(JSONValue.self, forKey: key)
            if Self.typedKeys.contains(key.stringValue), case .string(let s) = value {
                strings[key.stringValue] = s
            } else {
                extra[key.stringValue] = value
            }
        }
        self.init(
            family: strings["family"], given: strings["given"],
            droppingParticle: strings["dropping-particle"],
            nonDroppingParticle: strings["non-dropping-particle"],
            suffix: strings["suffix"], literal: strings["literal"], extra: extra)
    }

    /// Encodes the name as CSL-JSON, writing back everything it was read with.
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
