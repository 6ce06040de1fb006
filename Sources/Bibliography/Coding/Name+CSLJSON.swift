extension Name: Codable {
    private static let typedKeys = [
        "family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal",
    ]

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

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        try c.encodeIfPresent(family, forKey: DynamicKey("family"))
        try c.encodeIfPresent(given, forKey: DynamicKey("given"))
        try c.encodeIfPresent(droppingParticle, forKey: DynamicKey("dropping-particle"))
        try c.encodeIfPresent(nonDroppingParticle, forKey: DynamicKey("non-dropping-particle"))
        try c.encodeIfPresent(suffix, forKey: DynamicKey("suffix"))
        try c.encodeIfPresent(literal, forKey: DynamicKey("literal"))
        for (key, value) in extra {
            try c.encode(value, forKey: DynamicKey(key))
        }
    }
}
