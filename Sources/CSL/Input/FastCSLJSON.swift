import Bibliography
import Foundation

/// A fast reader for large CSL-JSON arrays: a byte-level JSON parser whose objects become items through
/// ``Item/init(cslJSON:)``, the same mapping the `Codable` reader uses, at a fraction of its cost.
/// Anything it does not handle (JSON Lines, malformed input) is passed to `Bibliography(cslJSON:)`,
/// which also reports errors with positions.
public enum FastCSLJSON {
    /// Reads CSL-JSON items from `data`.
    /// - Throws: `BibliographyError` naming `file` when the text is not CSL-JSON.
    public static func items(from data: Data, file: String) throws -> [Item] {
        let parsed: JSONValue? = data.withUnsafeBytes { raw in
            var parser = Parser(bytes: raw.bindMemory(to: UInt8.self))
            return parser.document()
        }
        switch parsed {
        case .array(let list)?:
            var out: [Item] = []
            out.reserveCapacity(list.count)
            for v in list {
                guard case .object(let o) = v else { return try Bibliography(cslJSON: data, file: file).items }
                out.append(Item(cslJSON: o))
            }
            return out
        case .object(let o)?:
            return [Item(cslJSON: o)]
        default:
            return try Bibliography(cslJSON: data, file: file).items
        }
    }

    /// Recursive-descent JSON over UTF-8 bytes; `nil` on any syntax error.
    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        /// Open arrays and objects; deeper nesting than any bibliography has is refused, not recursed into.
        var depth = 0
        static let maxDepth = 256

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func document() -> JSONValue? {
            skip()
            guard let v = value() else { return nil }
            skip()
            return i == bytes.count ? v : nil
        }

        mutating func skip() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func value() -> JSONValue? {
            guard i < bytes.count, depth < Parser.maxDepth else { return nil }
            depth += 1
            defer { depth -= 1 }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var o: [String: JSONValue] = [:]
                skip()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(o) }
                while true {
                    skip()
                    guard let k = string() else { return nil }
                    skip()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    skip()
                    guard let v = value() else { return nil }
                    o[k] = v
                    skip()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(o) }
                    return nil
                }
            case UInt8(ascii: "["):
                i += 1
                var a: [JSONValue] = []
                skip()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(a) }
                while true {
                    skip()
                    guard let v = value() else { return nil }
                    a.append(v)
                    skip()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(a) }
                    return nil
                }
            case UInt8(ascii: "\""):
                return string().map { .string($0) }
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default:
                return number()
            }
        }

        mutating func literal(_ word: String, _ v: JSONValue) -> JSONValue? {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count else { return nil }
            for k in 0..<w.count where bytes[i + k] != w[k] { return nil }
            i += w.count
            return v
        }

        mutating func number() -> JSONValue? {
            let start = i
            var isDouble = false
            while i < bytes.count {
                let b = bytes[i]
                if (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") {
                    i += 1
                } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                    isDouble = true
                    i += 1
                } else {
                    break
                }
            }
            guard i > start else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            if !isDouble, let n = Int(text) { return .int(n) }
            return Double(text).map { .double($0) }
        }

        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            let start = i
            // Fast path: no escapes.
            while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            var buffer = Array(bytes[start..<i])
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: buffer, as: UTF8.self)
                }
                if b == UInt8(ascii: "\\") {
                    i += 1
                    guard i < bytes.count else { return nil }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "n"): buffer.append(0x0A)
                    case UInt8(ascii: "t"): buffer.append(0x09)
                    case UInt8(ascii: "r"): buffer.append(0x0D)
                    case UInt8(ascii: "b"): buffer.append(0x08)
                    case UInt8(ascii: "f"): buffer.append(0x0C)
                    case UInt8(ascii: "u"):
                        guard var scalar = hex4() else { return nil }
                        if scalar >= 0xD800 && scalar < 0xDC00, i + 1 < bytes.count,
                           bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                            let mark = i
                            i += 2
                            guard let low = hex4() else { return nil }
                            if (0xDC00..<0xE000).contains(low) {
                                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                // A lone high surrogate: replace it and read the next escape on its own.
                                i = mark
                                scalar = 0xFFFD
                            }
                        }
                        let c = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                        buffer.append(contentsOf: Array(String(Character(c)).utf8))
                    default: buffer.append(e)
                    }
                    continue
                }
                buffer.append(b)
                i += 1
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(b - 0x30)
                case 0x41...0x46: d = UInt32(b - 0x41 + 10)
                case 0x61...0x66: d = UInt32(b - 0x61 + 10)
                default: return nil
                }
                v = v * 16 + d
                i += 1
            }
            return v
        }
    }
}
