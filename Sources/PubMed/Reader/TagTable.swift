import CLibXML2

/// Maps libxml2's interned element-name pointers to ``Tag``s: an open-addressing table keyed by
/// pointer value, cheaper than hashing into a Dictionary for every element.
struct TagTable {
    private static let size = 512
    private var keys = [UInt](repeating: 0, count: TagTable.size)
    private var values = [Tag](repeating: .other, count: TagTable.size)

    private static func slot(_ key: UInt) -> Int { Int(truncatingIfNeeded: (key >> 4) ^ (key >> 13)) & (size - 1) }

    mutating func insert(_ name: UnsafePointer<xmlChar>, _ tag: Tag) {
        let key = UInt(bitPattern: name)
        var i = Self.slot(key)
        while keys[i] != 0, keys[i] != key { i = (i + 1) & (Self.size - 1) }
        keys[i] = key
        values[i] = tag
    }

    func lookup(_ name: UnsafePointer<xmlChar>) -> Tag {
        let key = UInt(bitPattern: name)
        var i = Self.slot(key)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return .other }
            i = (i + 1) & (Self.size - 1)
        }
    }
}
