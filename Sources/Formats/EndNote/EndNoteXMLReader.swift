import Bibliography
import Foundation
import PubMed

/// Reads EndNote's XML export (`<xml><records><record>...`), as written by EndNote, Bookends and
/// JabRef: reference types mapped to CSL types (see ``EndNoteTypes``), contributors, titles,
/// periodical, pages, volume, number, dates, identifiers, URLs and `<style>` runs as CSL markup.
///
/// The XML is parsed by libxml2 through the PubMed module's cursor: no network, no DTD, no entity
/// expansion. A malformed document is reported with its line and column; the records before the
/// error are kept.
public enum EndNoteXMLReader {
    /// The items of an EndNote XML file.
    public static func read(_ data: Data, file: String) -> FormatReadResult {
        var result = FormatReadResult()
        func report(_ line: Int, _ column: Int, _ severity: FormatDiagnostic.Severity, _ message: String) {
            result.diagnostics.append(FormatDiagnostic(file: file, location: SourceLocation(line: max(line, 1), column: max(column, 1)), severity: severity, message: message))
        }
        do {
            let cursor = try XMLCursor(data: data, name: file)
            guard try cursor.moveToRootElement() else {
                report(1, 1, .error, "the file holds no XML element")
                return result
            }
            let root = cursor.localName
            let line = cursor.line, column = cursor.column
            func readRecords() throws {
                try cursor.forEachChildElement { name in
                    guard name == "record" else { return }
                    let recordLine = cursor.nodeLine
                    var record = try EndNoteRecord.read(cursor)
                    record.index = result.items.count
                    let (item, warnings) = record.item()
                    result.items.append(item)
                    for warning in warnings { report(recordLine, 1, .warning, warning) }
                }
            }
            switch root {
            case "xml":
                try cursor.forEachChildElement { name in
                    if name == "records" { try readRecords() }
                }
            case "records":
                try readRecords()
            default:
                report(line, column, .error, "root element <\(root)> is not EndNote XML (expected <xml><records>)")
            }
        } catch let error as PubMedError {
            report(error.line ?? 1, error.column ?? 1, .error, error.reason)
        } catch {
            report(1, 1, .error, String(describing: error))
        }
        return result
    }
}

/// One `<record>`'s values as read, before mapping.
struct EndNoteRecord {
    var index = 0
    var typeName: String?
    var typeNumber: String?
    var contributors: [(role: String, name: String)] = []
    /// Plain and rich values by element name (`title`, `secondary-title`, `pages`, `year`, ...).
    var values: [String: String] = [:]
    var keywords: [String] = []
    var urls: [(kind: String, url: String)] = []
    var publicationDates: [String] = []

    private static let richElements: Set<String> = ["title", "secondary-title", "tertiary-title", "alt-title", "short-title", "translated-title"]

    /// Reads a `<record>` (cursor on its start, left on its end).
    static func read(_ c: XMLCursor) throws -> EndNoteRecord {
        var r = EndNoteRecord()
        try c.forEachChildElement { name in
            switch name {
            case "ref-type":
                r.typeName = c.attribute("name")
                r.typeNumber = try c.text()
            case "contributors":
                try c.forEachChildElement { role in
                    try c.forEachChildElement { inner in
                        if inner == "author", let text = try c.text() { r.contributors.append((role, text)) }
                    }
                }
            case "titles", "periodical":
                try c.forEachChildElement { inner in
                    let key = name == "periodical" ? "periodical-" + inner : inner
                    let text = richElements.contains(inner) ? try styledText(c) : try c.text()
                    if let text, r.values[key] == nil { r.values[key] = text }
                }
            case "dates":
                try c.forEachChildElement { inner in
                    switch inner {
                    case "year": r.values["year"] = try c.text()
                    case "pub-dates":
                        try c.forEachChildElement { d in
                            if d == "date", let text = try c.text() { r.publicationDates.append(text) }
                        }
                    default: break
                    }
                }
            case "keywords":
                try c.forEachChildElement { inner in
                    if inner == "keyword", let text = try c.text() { r.keywords.append(text) }
                }
            case "urls":
                try c.forEachChildElement { kind in
                    try c.forEachChildElement { inner in
                        if inner == "url", let text = try c.text() { r.urls.append((kind, text)) }
                    }
                }
            default:
                if let text = try c.text(), r.values[name] == nil { r.values[name] = text }
            }
        }
        return r
    }

    /// The element's text with `<style face="italic|bold|superscript|subscript|underline">` runs as
    /// CSL-JSON markup, whitespace collapsed.
    static func styledText(_ c: XMLCursor) throws -> String? {
        var out = ""
        var closers: [String] = []
        try c.walkContent(
            start: { name in
                guard name == "style" else { return closers.append("") }
                let face = (c.attribute("face") ?? "normal").lowercased()
                var open = "", close = ""
                for (word, tag) in [("bold", "b"), ("italic", "i"), ("underline", "u"), ("superscript", "sup"), ("subscript", "sub")] where face.contains(word) {
                    open += "<\(tag)>"
                    close = "</\(tag)>" + close
                }
                out += open
                closers.append(close)
            },
            text: { out += $0 },
            end: { _ in out += closers.popLast() ?? "" })
        let collapsed = out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }
}
