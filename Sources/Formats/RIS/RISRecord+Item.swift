import Bibliography
import Foundation

extension RISReader.Record {
    /// The record as a CSL item, with warnings for guesses.
    func item(index: Int) -> (Item, [String]) {
        var warnings: [String] = []
        // Tags as two-byte codes, compared as integers rather than strings.
        let codes = fields.map { Self.code($0.tag) }
        func values(_ tag: String) -> [String] {
            let c = Self.code(tag)
            return codes.indices.filter { codes[$0] == c }.map { fields[$0].value }
        }
        func first(_ tag: String) -> String? {
            let c = Self.code(tag)
            for (k, code) in codes.enumerated() where code == c && !fields[k].value.isEmpty { return fields[k].value }
            return nil
        }
        // The first non-empty value of the first tag that has one (no array of tags made per call).
        func first(_ a: String, _ b: String, _ c: String? = nil) -> String? {
            first(a) ?? first(b) ?? c.flatMap { first($0) }
        }
        let ty = (first("TY") ?? "").uppercased()
        var type = RISTypes.toCSL[ty]
        if type == nil {
            warnings.append("unknown reference type TY '\(ty)' (read as a generic document)")
            type = .document
        }
        var item = Item(id: first("ID") ?? "ris-\(index + 1)", type: type ?? .document)
        var strings = ItemTextFields()
        func set(_ key: ItemTextFields.Key, _ value: String?) { strings[key] = value }

        set(.title, first("TI", "T1") ?? (ty == "BOOK" ? first("BT") : nil))
        set(.titleShort, first("ST"))
        set(.containerTitle, first("T2", "JF", "JO") ?? (ty != "BOOK" ? first("BT") : nil))
        set(.containerTitleShort, first("J2", "JA"))
        set(.collectionTitle, first("T3"))
        set(.volume, first("VL"))
        set(.issue, first("IS", "CP"))
        if let sp = first("SP") {
            if let ep = first("EP"), !Self.holds(sp, "-") { set(.page, sp + "-" + ep) } else { set(.page, sp) }
        } else if let ep = first("EP") {
            set(.page, ep)
        }
        set(.publisher, first("PB"))
        set(.publisherPlace, first("CY", "PP"))
        set(.edition, first("ET"))
        set(.number, first("M1", "C7"))
        set(.genre, first("M3"))
        set(.language, first("LA"))
        set(.abstract, first("AB", "N2"))
        set(.note, first("N1"))
        set(.callNumber, first("CN"))
        if let sn = first("SN") {
            let digits = sn.filter { $0.isNumber || $0 == "X" || $0 == "x" }
            set(digits.count == 10 || digits.count == 13 ? .ISBN : .ISSN, sn)
        }
        if let doi = first("DO") { set(.DOI, BibTeXEntry.stripDOIPrefix(doi)) }
        set(.URL, first("UR", "L2", "LK"))
        let keywords = values("KW").filter { !$0.isEmpty }
        if !keywords.isEmpty { set(.keyword, keywords.joined(separator: ", ")) }

        item.fields = strings.dictionary
        for (tags, variable) in [(["AU", "A1"], "author"), (["ED", "A2"], "editor"), (["A3"], "collection-editor"), (["A4"], "translator")] {
            let names = tags.flatMap { values($0) }.filter { !$0.isEmpty }.map(Self.name)
            if !names.isEmpty { item.names[variable] = names }
        }

        let py = Self.date(first("PY", "Y1"))
        let da = Self.date(first("DA"))
        if let py, let da, py.year == da.year, da.dateParts.first?.count ?? 0 > py.dateParts.first?.count ?? 0 {
            item.issued = da
        } else {
            item.issued = py ?? da
        }
        if let accessed = Self.date(first("Y2")) { item.accessed = accessed }
        return (item, warnings)
    }

    /// A tag's two bytes as one number (tags are two ASCII characters; a longer one is cut, as it never matches).
    static func code(_ tag: String) -> UInt32 {
        var c: UInt32 = 0
        var bytes = tag.utf8.makeIterator()
        for _ in 0..<3 {
            guard let b = bytes.next() else { break }
            c = c << 8 | UInt32(b)
        }
        return c
    }

    /// Whether `text` contains `ascii` (Foundation's `contains`): on bytes when the text is ASCII.
    static func holds(_ text: String, _ ascii: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.contains(where: { $0 == ascii.utf8.first }) }
        return text.contains(ascii)
    }

    /// `Family, Given[, Suffix]`; a name without a comma is kept whole (an institution), as Zotero does.
    static func name(_ raw: String) -> Name {
        // ASCII text splits the same on bytes as on characters, and faster.
        if let parts = asciiSplit(raw, UInt8(ascii: ","), maxSplits: Int.max) {
            return name(parts: parts.map { $0.trimmingSpaces() }, raw: raw)
        }
        let parts = raw.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        return name(parts: parts, raw: raw)
    }

    /// `text.split(separator:maxSplits:omittingEmptySubsequences: false)` for ASCII text, on its
    /// bytes; `nil` for other text.
    static func asciiSplit(_ text: String, _ separator: UInt8, maxSplits: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var parts: [String] = []
            var start = 0
            for (k, b) in bytes.enumerated() {
                if b >= 0x80 { return nil }
                if b == separator, parts.count < maxSplits {
                    parts.append(String(decoding: bytes[start..<k], as: UTF8.self))
                    start = k + 1
                }
            }
            parts.append(String(decoding: bytes[start...], as: UTF8.self))
            return parts
        }
    }

    /// The name from its comma-separated parts, trimmed.
    private static func name(parts: [String], raw: String) -> Name {
        guard parts.count > 1, !parts[0].isEmpty else { return Name(literal: raw) }
        var name = Name(family: parts[0])
        if !parts[1].isEmpty { name.given = parts[1] }
        if parts.count > 2 {
            let rest = parts[2...].joined(separator: ", ")
            if !rest.isEmpty { name.suffix = rest }
        }
        return name
    }

    /// RIS dates: `YYYY/MM/DD/other`, `YYYY-MM-DD`, `YYYY`; other text is a literal.
    static func date(_ raw: String?) -> DateValue? {
        guard let raw = raw?.trimmingSpaces(), !raw.isEmpty else { return nil }
        let separator: Character = holds(raw, "/") ? "/" : "-"
        let pieces = (asciiSplit(raw, separator == "/" ? UInt8(ascii: "/") : UInt8(ascii: "-"), maxSplits: 3)
            ?? raw.split(separator: separator, maxSplits: 3, omittingEmptySubsequences: false).map(String.init)).map { $0.trimmingSpaces() }
        guard let year = Int(pieces[0]), pieces[0].count == 4 else { return DateValue(literal: raw) }
        var parts = [year]
        if pieces.count > 1, let m = Int(pieces[1]), (1...12).contains(m) {
            parts.append(m)
            if pieces.count > 2, let d = Int(pieces[2].prefix(2)), (1...31).contains(d) { parts.append(d) }
        } else if pieces.count > 1, !pieces[1].isEmpty, separator == "-" || pieces.count == 2 {
            return DateValue(literal: raw)
        }
        return DateValue(dateParts: [parts])
    }
}
