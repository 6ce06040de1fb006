import Bibliography
import Citations

/// A rendered entry as the page's format writes it, with the record's identifiers linked: HTML
/// links to the DOI and PubMed pages, Markdown links, plain identifiers in text pages.
enum EntryText {
    /// `entry` (the style's output in the page's format) followed by the DOI and the PMID of `item`
    /// (when it has them and the style did not print them), in the NLM form `doi:X. PMID: N.`.
    static func make(_ entry: String, item: Item, format: PageFormat) -> String {
        var text = entry
        let printed = entry.lowercased()
        if let doi = item.doi.flatMap(displayedDOI), !printed.contains(doi.lowercased()) {
            text += " doi:" + link(doi, to: "https://doi.org/" + percentEncoded(doi), format: format) + "."
        }
        if let pmid = item.pmid.flatMap(Identifiers.normalizedPMID), !printed.contains("pmid: \(pmid)") {
            text += " PMID: " + link(pmid, to: "https://pubmed.ncbi.nlm.nih.gov/\(pmid)/", format: format) + "."
        }
        return text
    }

    /// The DOI as the record writes it (its case kept), without a `doi:` or resolver prefix.
    static func displayedDOI(_ text: String) -> String? {
        guard Identifiers.normalizedDOI(text) != nil, let start = text.range(of: "10.") else { return nil }
        var doi = String(text[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = doi.last, ".,;:)]}>".contains(last) { doi.removeLast() }
        return doi
    }

    private static func link(_ text: String, to url: String, format: PageFormat) -> String {
        switch format {
        case .html: "<a href=\"\(escapedHTML(url))\">\(escapedHTML(text))</a>"
        case .markdown: "[\(escapedMarkdown(text))](\(url))"
        case .text: text
        }
    }

    /// A DOI as a URL path: characters that end or break a link (space, quotes, brackets, `<>`,
    /// `#`, `%`, `?`) percent-encoded; `/` and the rest kept.
    static func percentEncoded(_ doi: String) -> String {
        var out = ""
        for byte in doi.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, byte > 0x20, !"\"'<>()[]{}#%?\\^`|".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    static func escapedHTML(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func escapedMarkdown(_ text: String) -> String {
        var out = ""
        for character in text {
            if "[]\\".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
