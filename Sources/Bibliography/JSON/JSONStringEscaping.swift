/// JSON string escaping as `JSONEncoder` does it with `.withoutEscapingSlashes`: `"` and `\`
/// escaped, control characters as `\b \f \n \r \t` or `\u00xx`, everything else (slashes,
/// non-ASCII) as it is.
public enum JSONStringEscaping {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `s` to `bytes` as a quoted JSON string.
    public static func append(_ s: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = s
        text.withUTF8 { utf8 in
            // Runs that need no escaping are copied in one go.
            var runStart = 0
            for i in 0..<utf8.count {
                let byte = utf8[i]
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") { continue }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                appendEscaped(byte, to: &bytes)
                runStart = i + 1
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ byte: UInt8, to bytes: inout [UInt8]) {
        let short: UInt8? =
            switch byte {
            case UInt8(ascii: "\""): UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): UInt8(ascii: "\\")
            case 0x08: UInt8(ascii: "b")
            case 0x0C: UInt8(ascii: "f")
            case 0x0A: UInt8(ascii: "n")
            case 0x0D: UInt8(ascii: "r")
            case 0x09: UInt8(ascii: "t")
            default: nil
            }
        if let short {
            bytes.append(contentsOf: [UInt8(ascii: "\\"), short])
        } else {
            bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
        }
    }
}
