import Crypto

/// SHA-256 (swift-crypto) over the parts of a cache key.
struct CacheDigest: Sendable {
    private var hash = SHA256()

    /// Adds bytes to the message.
    mutating func update(_ bytes: [UInt8]) { hash.update(data: bytes) }

    /// Adds a string's UTF-8 bytes and a separator, so that `("ab","c")` and `("a","bc")` differ.
    mutating func update(field: String) {
        update(Array(field.utf8))
        update(Array(String(field.utf8.count).utf8) + [0])
    }

    /// The digest as 64 lowercase hex digits.
    func hexDigest() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in hash.finalize() {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
