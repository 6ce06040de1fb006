/// Decoding of HTML character references (`&amp;`, `&#8211;`, `&#x2013;`).
enum HTMLEntities {
    /// The character a reference body names (`amp`, `#8211`, `#x2013`), or nil when it is not one.
    static func decode(_ body: String) -> Character? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if let first = digits.first, first == "x" || first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return Character(scalar)
        }
        return named[body] ?? named[body.lowercased()]
    }

    /// The longest entity name worth scanning for before giving up on a `&`.
    static let maximumLength = 32

    // The entities that occur in web pages' prose and reference lists; an unknown name is left as written.
    private static let named: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ensp": " ", "emsp": " ", "thinsp": " ", "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "ndash": "–", "mdash": "—", "minus": "−", "hyphen": "‐", "dash": "‐",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″",
        "hellip": "…", "middot": "·", "bull": "•", "sect": "§", "para": "¶", "dagger": "†", "Dagger": "‡",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
        "micro": "µ", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "sup1": "¹", "sup2": "²", "sup3": "³", "ordf": "ª", "ordm": "º", "permil": "‰",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "kappa": "κ", "lambda": "λ", "mu": "μ",
        "pi": "π", "sigma": "σ", "tau": "τ", "omega": "ω", "Delta": "Δ", "Omega": "Ω",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
        "aacute": "á", "agrave": "à", "acirc": "â", "auml": "ä", "atilde": "ã", "aring": "å", "aelig": "æ",
        "ccedil": "ç", "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë",
        "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï", "ntilde": "ñ",
        "oacute": "ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö", "otilde": "õ", "oslash": "ø",
        "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "yacute": "ý", "szlig": "ß",
        "Aacute": "Á", "Agrave": "À", "Auml": "Ä", "Aring": "Å", "Ccedil": "Ç", "Eacute": "É", "Egrave": "È",
        "Iacute": "Í", "Ntilde": "Ñ", "Oacute": "Ó", "Ouml": "Ö", "Oslash": "Ø", "Uacute": "Ú", "Uuml": "Ü",
    ]
}
