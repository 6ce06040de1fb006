import Bibliography

/// Character classes with an ASCII fast path: the Unicode property lookups behind `isWhitespace` and
/// friends dominate scanning time on mostly-ASCII pages.
extension Character {
    var isFastWhitespace: Bool {
        if let ascii = asciiByte { return ascii == 0x20 || (0x09...0x0D).contains(ascii) }
        return isWhitespace
    }

    var isFastLetter: Bool {
        if let ascii = asciiByte { return (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii) }
        return isLetter
    }

    var isFastNumber: Bool {
        if let ascii = asciiByte { return (0x30...0x39).contains(ascii) }
        return isNumber
    }

    var isFastUppercase: Bool {
        if let ascii = asciiByte { return (0x41...0x5A).contains(ascii) }
        return isUppercase
    }

    var isFastLowercase: Bool {
        if let ascii = asciiByte { return (0x61...0x7A).contains(ascii) }
        return isLowercase
    }

    /// A letter of the Greek and Coptic block (`π`, `λ`, `η`): in running text, a symbol.
    var isGreekLetter: Bool {
        // The block's scalars are the ones whose UTF-8 starts with 0xCD...0xCF.
        guard let lead = utf8.first, (0xCD...0xCF).contains(lead), let scalar = unicodeScalars.first else { return false }
        return (0x0370...0x03FF).contains(scalar.value) && isLetter
    }

    var isASCIIDigit: Bool {
        guard let ascii = asciiByte else { return false }
        return (0x30...0x39).contains(ascii)
    }

    /// The ASCII digit a Unicode superscript digit stands for (`²` → `2`).
    var superscriptDigit: Character? {
        guard asciiByte == nil else { return nil }
        return switch self {
        case "⁰": "0"
        case "¹": "1"
        case "²": "2"
        case "³": "3"
        case "⁴": "4"
        case "⁵": "5"
        case "⁶": "6"
        case "⁷": "7"
        case "⁸": "8"
        case "⁹": "9"
        default: nil
        }
    }
}
