import Bibliography
import Foundation

/// Writes CSL items as biblatex entries that ``BibTeXReader`` reads back to the same items:
/// LaTeX specials escaped, `nocase` spans as `{...}`, markup as `\emph` and friends, stable keys.
public enum BibTeXWriter {
    /// The items as one `.bib` text, in the given order.
    public static func write(_ items: [Item]) -> String {
        var out = ""
        var used: Set<String> = []
        for item in items {
            let key = uniqueKey(for: item, used: &used)
            out += entry(item, key: key)
            out += "\n"
        }
        return out
    }

    /// A citation key: the item's id when it is a valid key, otherwise `family` + `year` + first
    /// title word (ASCII, lowercased); a clash gets `a`, `b`, ... so keys are stable for the same input.
    static func uniqueKey(for item: Item, used: inout Set<String>) -> String {
        let id = item.idString
        var base: String
        if !id.isEmpty, id.unicodeScalars.allSatisfy({ $0.value > 0x20 && !",{}=\\".unicodeScalars.contains($0) }) {
            base = id
        } else {
            let family = item.author.first.map { $0.family ?? $0.literal ?? "" } ?? ""
            let word = (item.title ?? "").split(separator: " ").first.map(String.init) ?? ""
            base = asciiWord(family) + (item.year.map(String.init) ?? "") + asciiWord(word)
            if base.isEmpty { base = "item" }
        }
        var key = base
        var n = 0
        while used.contains(key) {
            key = base + suffix(n)
            n += 1
        }
        used.insert(key)
        return key
    }

    private static func suffix(_ n: Int) -> String {
        var n = n
        var s = ""
        repeat {
            s = String(UnicodeScalar(UInt8(97 + n % 26))) + s
            n = n / 26 - 1
        } while n >= 0
        return s
    }

    private static func asciiWord(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init)).lowercased()
    }

    /// One entry.
    static func entry(_ item: Item, key: String) -> String {
        let type = BibTeXTypes.entryType(for: item.type)
        var fields: [(String, String)] = []
        func add(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { fields.append((name, value)) }
        }
        func plain(_ key: String) -> String? { item.string(key).map(escape) }
        func rich(_ key: String) -> String? { item.string(key).map(richToLaTeX) }
        func verbatim(_ key: String) -> String? { item.string(key).flatMap(balancedOrNil) }

        if item.type.rawValue == "article-magazine" { add("entrysubtype", "magazine") }
        if item.type.rawValue == "article-newspaper" { add("entrysubtype", "newspaper") }
        for (variable, field) in [("author", "author"), ("editor", "editor"), ("translator", "translator"), ("container-author", "bookauthor")] {
            guard let names = item.names[variable], !names.isEmpty else { continue }
            var list = names.map(nameToBibTeX)
            if variable == "author", item.authorListTruncated { list.append("others") }
            add(field, list.joined(separator: " and "))
        }
        add("title", rich("title"))
        add("shorttitle", rich("title-short"))
        if type == "article" || type == "periodical" {
            add("journaltitle", rich("container-title"))
        } else {
            add("booktitle", rich("container-title"))
        }
        add("shortjournal", rich("container-title-short"))
        add("series", rich("collection-title"))
        add("volume", plain("volume"))
        add("volumes", plain("number-of-volumes"))
        add("issue", plain("issue"))
        add("number", plain("number") ?? plain("collection-number"))
        add("pages", plain("page"))
        add("pagetotal", plain("number-of-pages"))
        add("edition", plain("edition"))
        add("version", plain("version"))
        add("chapter", plain("chapter-number"))
        add("publisher", plain("publisher"))
        add("location", plain("publisher-place"))
        add("eventtitle", rich("event-title"))
        add("venue", plain("event-place"))
        add("type", plain("genre"))
        add("date", item.issued.flatMap(edtf))
        add("urldate", item.accessed.flatMap(edtf))
        add("eventdate", item.dates["event-date"].flatMap(edtf))
        add("origdate", item.dates["original-date"].flatMap(edtf))
        add("doi", verbatim("DOI"))
        add("url", verbatim("URL"))
        add("pmid", verbatim("PMID"))
        add("pmcid", verbatim("PMCID"))
        add("eprinttype", plain("archive"))
        add("eprint", verbatim("archive_location"))
        add("isbn", plain("ISBN"))
        add("issn", plain("ISSN"))
        add("library", plain("call-number"))
        add("language", plain("language"))
        add("keywords", plain("keyword"))
        add("abstract", plain("abstract"))
        add("note", plain("note"))

        var out = "@\(type){\(key)"
        for (name, value) in fields {
            out += ",\n  \(name) = {\(value)}"
        }
        out += "\n}\n"
        return out
    }

    /// A name as BibTeX's `von Last, Jr, First`; an institution in braces.
    static func nameToBibTeX(_ name: Name) -> String {
        if let literal = name.literal, name.family == nil { return "{" + escape(literal) + "}" }
        let family = name.family ?? ""
        // A family name the reader would split (a lowercase word, a comma) is kept whole in braces.
        let words = family.split(separator: " ")
        let hasGiven = !(name.given ?? "").isEmpty
        let needsBraces = family.contains(",") || (words.count > 1 && (!hasGiven || words.contains { BibTeXNames.isLowercase(String($0)) }))
            || family.lowercased() == "others" || family.lowercased() == "and"
        var out = ""
        let particle = [name.droppingParticle, name.nonDroppingParticle].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        if !particle.isEmpty { out += protectCommas(escape(particle)) + " " }
        out += needsBraces ? "{" + escape(family) + "}" : protectCommas(escape(family))
        if let suffix = name.suffix, !suffix.isEmpty { out += ", " + protectCommas(escape(suffix)) }
        if let given = name.given, !given.isEmpty {
            out += ", " + protectCommas(escape(given))
        } else if name.suffix?.isEmpty == false || (needsBraces && particle.isEmpty) {
            // A trailing comma keeps a braced family from reading as an institution.
            out += ","
        }
        return out
    }

    /// A name part in braces when it holds a comma, and the word `and` braced, so neither splits the list.
    private static func protectCommas(_ s: String) -> String {
        if s.contains(",") { return "{" + s + "}" }
        return s.split(separator: " ", omittingEmptySubsequences: false)
            // `a{nd}` keeps the word's case (a lowercase von word stays one) without reading as a separator.
            .map { $0.lowercased() == "and" ? String($0.prefix(1)) + "{" + $0.dropFirst() + "}" : String($0) }.joined(separator: " ")
    }

    /// A date as biblatex writes it (EDTF): `2001-03-15`, ranges with `/`, `~` for circa.
    static func edtf(_ date: DateValue) -> String? {
        if date.dateParts.isEmpty { return (date.literal ?? date.raw).map(escape) }
        var ends: [String] = []
        for parts in date.dateParts {
            if parts == [0] { ends.append(""); continue }
            var s = parts[0] < 0 ? "-" + pad(-parts[0], 4) : pad(parts[0], 4)
            if parts.count > 1 { s += "-" + pad(parts[1], 2) }
            if parts.count > 2 { s += "-" + pad(parts[2], 2) }
            ends.append(s)
        }
        if date.isCirca, !ends.isEmpty { ends[0] += "~" }
        return ends.joined(separator: "/")
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Plain text with LaTeX specials escaped, so that reading it back gives the same text.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        // By scalars: a combining mark after '{' must not hide the brace inside one Character.
        var previous: Unicode.Scalar?
        let chars = Array(text.unicodeScalars)
        var k = 0
        while k < chars.count {
            let ch = chars[k]
            k += 1
            // Math (`$...$`) was kept as written by the reader, so it is written as it is.
            if ch == "$", let end = mathEnd(chars, from: k) {
                out += "$" + String(String.UnicodeScalarView(chars[k...end]))
                k = end + 1
                previous = "$"
                continue
            }
            switch ch {
            case "\\": out += "\\textbackslash{}"
            case "{": out += "\\{"
            case "}": out += "\\}"
            case "&", "%", "$", "#", "_": out += "\\" + String(ch)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "\u{00A0}": out += "~"
            case "-", "`", "'":
                // "--", "``" and "''" would read as dashes and quotes: an empty group keeps them apart.
                if previous == ch { out += "{}" }
                out.unicodeScalars.append(ch)
            default: out.unicodeScalars.append(ch)
            }
            previous = ch
        }
        return out
    }

    /// The closing `$` of math opened before `from`, skipping `\$` as the reader does.
    private static func mathEnd(_ chars: [Unicode.Scalar], from: Int) -> Int? {
        var j = from
        while j < chars.count {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "$" { return j }
            j += 1
        }
        return nil
    }

    /// CSL-JSON rich text (`<i>`, `<b>`, `<sup>`, `<sub>`, small caps and `nocase` spans) as LaTeX.
    static func richToLaTeX(_ text: String) -> String {
        guard text.contains("<") else { return escape(text) }
        let tags: [(String, String)] = [
            ("<i>", "\\emph{"), ("</i>", "}"), ("<b>", "\\textbf{"), ("</b>", "}"), ("<sup>", "\\textsuperscript{"),
            ("</sup>", "}"), ("<sub>", "\\textsubscript{"), ("</sub>", "}"), ("<span class=\"nocase\">", "{"),
            ("<span style=\"font-variant:small-caps;\">", "\\textsc{"), ("</span>", "}"),
        ]
        var out = ""
        var rest = Substring(text)
        var pending = ""
        var depth = 0
        var openedSpan = false
        // A protected group opening with a command would read as a special character: `{}` keeps it a span.
        func emit(_ s: String) {
            if openedSpan, s.hasPrefix("\\") { out += "{}" }
            if !s.isEmpty { openedSpan = false }
            out += s
        }
        while !rest.isEmpty {
            if rest.first == "<", let (tag, latex) = tags.first(where: { rest.hasPrefix($0.0) }) {
                let closing = tag.hasPrefix("</")
                if closing, depth == 0 {
                    // A closing tag with no opening one is text.
                    pending += tag
                    rest = rest.dropFirst(tag.count)
                    continue
                }
                emit(escape(pending))
                pending = ""
                emit(latex)
                openedSpan = latex == "{"
                depth += closing ? -1 : 1
                rest = rest.dropFirst(tag.count)
            } else if let ch = rest.first {
                pending.append(ch)
                rest = rest.dropFirst()
            }
        }
        emit(escape(pending))
        out += String(repeating: "}", count: max(0, depth))
        return out
    }

    /// A verbatim value (DOI, URL) as written, when its braces balance (else escaped as text).
    private static func balancedOrNil(_ text: String) -> String? {
        var depth = 0
        for ch in text {
            if ch == "{" { depth += 1 } else if ch == "}" { depth -= 1; if depth < 0 { return escape(text) } }
        }
        return depth == 0 ? text : escape(text)
    }
}
