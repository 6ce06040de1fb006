extension Unicode.Scalar {
    var isSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
    var isDigit: Bool { value >= 0x30 && value <= 0x39 }
    var digitValue: Int { Int(value) - 0x30 }
    var isASCIIUpper: Bool { value >= 0x41 && value <= 0x5A }
    var isASCIILower: Bool { value >= 0x61 && value <= 0x7A }
    var isLetter: Bool {
        if value < 0x80 { return isASCIIUpper || isASCIILower }
        return properties.isAlphabetic
    }
    var isUpper: Bool {
        if value < 0x80 { return isASCIIUpper }
        return properties.isUppercase
    }
    var isLower: Bool {
        if value < 0x80 { return isASCIILower }
        return properties.isLowercase
    }
    var isAlnum: Bool { isDigit || isLetter }
    /// Hyphen-minus and the Unicode dashes people type in page ranges.
    var isDash: Bool {
        switch value {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: true
        default: false
        }
    }
    /// Apostrophes that occur inside names (O'Brien, D’Arrigo).
    var isApostrophe: Bool { value == 0x27 || value == 0x2019 || value == 0x2018 }
    var asciiLower: Unicode.Scalar {
        isASCIIUpper ? Unicode.Scalar(UInt8(value + 32)) : self
    }
}
