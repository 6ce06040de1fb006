/// Whether bytes are well-formed UTF-8 (The Unicode Standard, table 3-7), checked without building
/// a string of them: `String(validating:)` answers the same, but copies the whole file to do so.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            func inRange(_ k: Int, _ low: UInt8, _ high: UInt8) -> Bool { i + k < n && bytes[i + k] >= low && bytes[i + k] <= high }
            switch b {
            case 0xC2...0xDF:
                guard inRange(1, 0x80, 0xBF) else { return false }
                i += 2
            case 0xE0:
                guard inRange(1, 0xA0, 0xBF), inRange(2, 0x80, 0xBF) else { return false }
                i += 3
            case 0xE1...0xEC, 0xEE...0xEF:
                guard inRange(1, 0x80, 0xBF), inRange(2, 0x80, 0xBF) else { return false }
                i += 3
            case 0xED:
                guard inRange(1, 0x80, 0x9F), inRange(2, 0x80, 0xBF) else { return false }
                i += 3
            case 0xF0:
                guard inRange(1, 0x90, 0xBF), inRange(2, 0x80, 0xBF), inRange(3, 0x80, 0xBF) else { return false }
                i += 4
            case 0xF1...0xF3:
                guard inRange(1, 0x80, 0xBF), inRange(2, 0x80, 0xBF), inRange(3, 0x80, 0xBF) else { return false }
                i += 4
            case 0xF4:
                guard inRange(1, 0x80, 0x8F), inRange(2, 0x80, 0xBF), inRange(3, 0x80, 0xBF) else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
