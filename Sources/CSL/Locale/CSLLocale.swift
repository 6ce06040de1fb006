import Foundation

/// One term of a locale (`<term name form gender gender-form match>`).
struct Term: Sendable {
    var name: String
    var form: String
    var single: String
    var multiple: String
    var gender: String?
    var genderForm: String?
    var match: String?
}

/// A CSL locale: terms, localized date formats and locale options.
public struct CSLLocale: Sendable {
    /// The `xml:lang` of the locale, or `nil` for an unqualified in-style locale.
    public let lang: String?
    var terms: [String: [Term]]
    var dateFormats: [String: DateElement]
    var punctuationInQuote: Bool?
    var limitDayOrdinalsToDay1: Bool?

    /// A term's text: whitespace that spans lines (`<term name="and others">` + line break + indent +
    /// `</term>`) is the XML's layout, so the term is empty, as citeproc-js reads it (suite
    /// label_EditorTranslator1); a term of spaces alone (`" "`) keeps them.
    static func termValue(_ text: String) -> String {
        text.contains(where: \.isNewline) && text.allSatisfy(\.isWhitespace) ? "" : text
    }

    init(element e: XMLElement, file: String) throws {
        lang = e.attr("xml:lang") ?? e.attr("lang")
        var terms: [String: [Term]] = [:]
        for t in e.child("terms")?.all("term") ?? [] {
            guard let name = t.attr("name") else { continue }
            let single = CSLLocale.termValue(t.child("single")?.text ?? t.text)
            let multiple = t.child("multiple").map { CSLLocale.termValue($0.text) } ?? single
            let term = Term(name: name, form: t.attr("form") ?? "long", single: single, multiple: multiple,
                            gender: t.attr("gender"), genderForm: t.attr("gender-form"), match: t.attr("match"))
            terms[name, default: []].append(term)
        }
        self.terms = terms
        var formats: [String: DateElement] = [:]
        let builder = StyleBuilder(file: file)
        for d in e.all("date") {
            if let form = d.attr("form") { formats[form] = builder.date(d) }
        }
        dateFormats = formats
        let options = e.child("style-options")
        punctuationInQuote = options?.attr("punctuation-in-quote").map { $0 == "true" }
        limitDayOrdinalsToDay1 = options?.attr("limit-day-ordinals-to-day-1").map { $0 == "true" }
    }

    /// Reads a locale file (`locales-xx-XX.xml`).
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CSLError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        let root = try XMLTree.parse(data, file: url.path)
        guard root.name == "locale" else {
            throw CSLError.invalidStyle(file: url.path, reason: "root element is <\(root.name)>, expected <locale>")
        }
        try self.init(element: root, file: url.path)
    }
}

/// Locale files of a directory, loaded on demand, with the CSL fallback rules.
public final class LocaleStore: @unchecked Sendable {
    /// The directory holding `locales-*.xml`.
    public let directory: URL
    private var cache: [String: CSLLocale?] = [:]
    private let lock = NSLock()
    private let primaryDialects: [String: String]

    /// - Parameter directory: a directory of `locales-xx-XX.xml` files (the CSL locales repository layout).
    public init(directory: URL) {
        self.directory = directory
        var dialects: [String: String] = [:]
        if let data = try? Data(contentsOf: directory.appendingPathComponent("locales.json")),
           let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let pd = json["primary-dialects"] as? [String: String] {
            dialects = pd
        }
        if dialects.isEmpty {
            dialects = ["en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT", "zh": "zh-CN"]
        }
        primaryDialects = dialects
    }

    /// The locale file for exactly `tag`, if present.
    public func locale(_ tag: String) -> CSLLocale? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[tag] { return cached }
        let url = directory.appendingPathComponent("locales-\(tag).xml")
        let loc = try? CSLLocale(contentsOf: url)
        cache[tag] = loc
        return loc
    }

    /// The file locales to consult for `tag`, most specific first: the exact locale, the primary
    /// dialect of its language, then en-US.
    func chain(for tag: String) -> [CSLLocale] {
        var tags: [String] = [tag]
        let language = String(tag.split(separator: "-").first ?? Substring(tag))
        if let primary = primaryDialects[language] { tags.append(primary) }
        tags.append("en-US")
        var seen = Set<String>()
        return tags.compactMap { t in seen.insert(t).inserted ? locale(t) : nil }
    }
}
