import Bibliography

/// Writes CSL items as RIS records that ``RISReader`` reads back to the same items.
public enum RISWriter {
    /// The items as RIS text (CRLF-free, one `ER` per record).
    public static func write(_ items: [Item]) -> String {
        var out = ""
        for item in items {
            var lines: [(String, String)] = [("TY", RISTypes.risType(for: item.type))]
            func add(_ tag: String, _ value: String?) {
                guard let value, !value.isEmpty else { return }
                lines.append((tag, plainText(value).replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")))
            }
            for (variable, tag) in [("author", "AU"), ("editor", "ED"), ("collection-editor", "A3"), ("translator", "A4")] {
                for name in item.names[variable] ?? [] { add(tag, nameText(name)) }
            }
            add("TI", item.title)
            add("ST", item.string("title-short"))
            add("T2", item.containerTitle)
            add("J2", item.containerTitleShort)
            add("T3", item.collectionTitle)
            add("VL", item.volume)
            add("IS", item.issue)
            if let page = item.page {
                if let dash = page.firstIndex(of: "-"), page.first != "-" {
                    add("SP", String(page[..<dash]))
                    add("EP", String(page[page.index(after: dash)...]))
                } else {
                    add("SP", page)
                }
            }
            if let issued = item.issued {
                if let year = issued.year {
                    add("PY", String(format: "%04d", year))
                    if issued.month != nil { add("DA", risDate(issued)) }
                } else {
                    add("PY", issued.literal ?? issued.raw)
                }
            }
            if let accessed = item.accessed { add("Y2", accessed.year != nil ? risDate(accessed) : accessed.literal) }
            add("PB", item.publisher)
            add("CY", item.publisherPlace)
            add("ET", item.edition)
            add("M1", item.string("number"))
            add("M3", item.string("genre"))
            add("SN", item.isbn ?? item.issn)
            add("DO", item.doi)
            add("UR", item.url)
            add("LA", item.language)
            add("CN", item.string("call-number"))
            for keyword in (item.string("keyword") ?? "").components(separatedBy: ", ") where !keyword.isEmpty { add("KW", keyword) }
            add("AB", item.abstract)
            add("N1", item.note)
            add("ID", item.idString)
            for (tag, value) in lines { out += "\(tag)  - \(value)\n" }
            out += "ER  - \n\n"
        }
        return out
    }

    /// RIS has no markup: CSL-JSON's rich-text tags are dropped, their text kept.
    static func plainText(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var out = text
        for tag in ["<i>", "</i>", "<b>", "</b>", "<sup>", "</sup>", "<sub>", "</sub>", "<span class=\"nocase\">", "<span style=\"font-variant:small-caps;\">", "</span>"] {
            out = out.replacingOccurrences(of: tag, with: "")
        }
        return out
    }

    static func nameText(_ name: Name) -> String {
        if let literal = name.literal, name.family == nil { return literal }
        var family = name.family ?? ""
        if let p = name.nonDroppingParticle, !p.isEmpty { family = p + " " + family }
        if let p = name.droppingParticle, !p.isEmpty { family = p + " " + family }
        var out = family + "," + (name.given.map { " " + $0 } ?? "")
        if let suffix = name.suffix, !suffix.isEmpty { out += ", " + suffix }
        return out
    }

    static func risDate(_ date: DateValue) -> String {
        guard let parts = date.dateParts.first, let year = parts.first else { return date.literal ?? "" }
        let month = parts.count > 1 ? String(format: "%02d", parts[1]) : ""
        let day = parts.count > 2 ? String(format: "%02d", parts[2]) : ""
        return String(format: "%04d", year) + "/" + month + "/" + day + "/"
    }
}

import Foundation
