import Foundation

/// A sort key of `<sort>`.
struct SortKey: Sendable {
    var variable: String?
    var macro: String?
    var ascending: Bool
    var namesMin: Int?
    var namesUseFirst: Int?
    var namesUseLast: Bool?
}

/// `<citation>` or `<bibliography>`: options, sort and layout.
struct LayoutSection: Sendable {
    var attributes: [String: String]
    var nameOptions: NameOptions
    var sort: [SortKey]
    var layout: [Element]
    var layoutFormatting: Formatting
    var layoutDelimiter: String
    /// Localized layouts (CSL-M `locale` attribute is not supported; the first layout is used).
    func attr(_ key: String) -> String? { attributes[key] }
}

/// A parsed CSL 1.0.2 style: an immutable tree built from the style's XML.
public struct CSLStyle: Sendable {
    /// The style's `<info><id>`.
    public let id: String
    /// The style's `<info><title>`.
    public let title: String
    /// `in-text` or `note`.
    public let styleClass: String
    /// The style's `default-locale`, if any.
    public let defaultLocale: String?
    /// The parent style URI of a dependent style (whose layout comes from the parent).
    public let parentURI: String?

    let attributes: [String: String]
    let nameOptions: NameOptions
    let macros: [String: [Element]]
    let citation: LayoutSection?
    let bibliography: LayoutSection?
    let locales: [CSLLocale]

    /// Whether this style renders a bibliography.
    public var hasBibliography: Bool { bibliography != nil }

    /// Reads a style file. A dependent style is resolved to its parent when the parent is in the same
    /// directory or in the bundled styles.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CSLError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        let style = try CSLStyle(xml: data, file: url.path)
        guard let parent = style.parentURI, style.citation == nil else {
            self = style
            return
        }
        let parentName = parent.split(separator: "/").last.map(String.init) ?? parent
        let sibling = url.deletingLastPathComponent().appendingPathComponent(parentName + ".csl")
        let parentURL: URL
        if FileManager.default.fileExists(atPath: sibling.path) {
            parentURL = sibling
        } else if let found = try? StyleLibrary.resolve(nameOrPath: parentName) {
            parentURL = found
        } else {
            throw CSLError.parentNotFound(file: url.path, parent: parent)
        }
        var resolved = try CSLStyle(xml: Data(contentsOf: parentURL), file: parentURL.path)
        resolved = resolved.with(identity: style)
        self = resolved
    }

    /// Parses a style from XML.
    /// - Parameters:
    ///   - xml: the style's bytes.
    ///   - file: the name used in error messages.
    public init(xml: Data, file: String) throws {
        let root = try XMLTree.parse(xml, file: file)
        guard root.name == "style" else {
            throw CSLError.invalidStyle(file: file, reason: "root element is <\(root.name)>, expected <style>")
        }
        let info = root.child("info")
        id = info?.child("id")?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        title = info?.child("title")?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        parentURI = info?.all("link").first { $0.attr("rel") == "independent-parent" }?.attr("href")
        styleClass = root.attr("class") ?? "in-text"
        defaultLocale = root.attr("default-locale")
        attributes = root.attributes
        nameOptions = NameOptions(root, namePrefix: true)
        let builder = StyleBuilder(file: file)
        var macros: [String: [Element]] = [:]
        for m in root.all("macro") {
            guard let name = m.attr("name") else {
                throw CSLError.invalidStyle(file: file, reason: "<macro> without a name")
            }
            macros[name] = try builder.children(m)
        }
        self.macros = macros
        citation = try root.child("citation").map { try builder.section($0) }
        bibliography = try root.child("bibliography").map { try builder.section($0) }
        locales = try root.all("locale").map { try CSLLocale(element: $0, file: file) }
        if citation == nil && parentURI == nil {
            throw CSLError.invalidStyle(file: file, reason: "no <citation> element")
        }
    }

    private init(copying s: CSLStyle, id: String, title: String, defaultLocale: String?) {
        self.id = id
        self.title = title
        self.styleClass = s.styleClass
        self.defaultLocale = defaultLocale
        self.parentURI = nil
        self.attributes = s.attributes
        self.nameOptions = s.nameOptions
        self.macros = s.macros
        self.citation = s.citation
        self.bibliography = s.bibliography
        self.locales = s.locales
    }

    /// The parent's layout with the dependent style's identity and default locale.
    private func with(identity dependent: CSLStyle) -> CSLStyle {
        CSLStyle(copying: self, id: dependent.id, title: dependent.title,
                 defaultLocale: dependent.defaultLocale ?? defaultLocale)
    }

    func attr(_ key: String) -> String? { attributes[key] }
}

/// Builds the element tree from parsed XML.
struct StyleBuilder {
    let file: String

    func section(_ e: XMLElement) throws -> LayoutSection {
        guard let layout = e.child("layout") else {
            throw CSLError.invalidStyle(file: file, reason: "<\(e.name)> has no <layout>")
        }
        let sort = (e.child("sort")?.all("key") ?? []).map { k in
            SortKey(variable: k.attr("variable"), macro: k.attr("macro"),
                    ascending: k.attr("sort") != "descending",
                    namesMin: k.attr("names-min").flatMap { Int($0) },
                    namesUseFirst: k.attr("names-use-first").flatMap { Int($0) },
                    namesUseLast: k.attr("names-use-last").map { $0 == "true" })
        }
        return LayoutSection(attributes: e.attributes, nameOptions: NameOptions(e, namePrefix: true),
                             sort: sort, layout: try children(layout), layoutFormatting: Formatting(layout),
                             layoutDelimiter: layout.attr("delimiter") ?? "")
    }

    func children(_ e: XMLElement) throws -> [Element] {
        var out: [Element] = []
        for c in e.children {
            if let el = try element(c) { out.append(el) }
        }
        return out
    }

    func element(_ e: XMLElement) throws -> Element? {
        let f = Formatting(e)
        switch e.name {
        case "text":
            let source: TextSource
            if let v = e.attr("variable") {
                source = .variable(v, form: e.attr("form") ?? "long")
            } else if let m = e.attr("macro") {
                source = .macro(m)
            } else if let t = e.attr("term") {
                source = .term(t, form: e.attr("form") ?? "long", plural: e.attr("plural") == "true")
            } else if let v = e.attr("value") {
                source = .value(v)
            } else {
                throw CSLError.invalidStyle(file: file, reason: "<text> needs variable, macro, term or value")
            }
            return .text(TextElement(source: source, formatting: f))
        case "number":
            return .number(NumberElement(variable: e.attr("variable") ?? "", form: e.attr("form") ?? "numeric", formatting: f))
        case "label":
            return .label(label(e))
        case "names":
            return .names(try names(e))
        case "date":
            return .date(date(e))
        case "group":
            return .group(GroupElement(children: try children(e), delimiter: e.attr("delimiter") ?? "", formatting: f))
        case "choose":
            var branches: [(Condition?, [Element])] = []
            for b in e.children {
                switch b.name {
                case "if", "else-if":
                    branches.append((condition(b), try children(b)))
                case "else":
                    branches.append((nil, try children(b)))
                default: continue
                }
            }
            return .choose(ChooseElement(branches: branches))
        default:
            return nil
        }
    }

    func label(_ e: XMLElement) -> LabelElement {
        LabelElement(variable: e.attr("variable") ?? "", form: e.attr("form") ?? "long",
                     plural: e.attr("plural") ?? "contextual", formatting: Formatting(e))
    }

    func condition(_ e: XMLElement) -> Condition {
        var tests: [(String, [String])] = []
        for key in ["type", "variable", "is-numeric", "is-uncertain-date", "locator", "position", "disambiguate"] {
            if let v = e.attr(key) {
                tests.append((key, v.split(separator: " ").map(String.init)))
            }
        }
        return Condition(match: e.attr("match") ?? "all", tests: tests)
    }

    func names(_ e: XMLElement) throws -> NamesElement {
        var name: NameElement?
        var etAl: (String, Formatting)?
        var label: LabelElement?
        var labelBefore = false
        var substitute: [Element]?
        for c in e.children {
            switch c.name {
            case "name":
                var given: NamePart?
                var family: NamePart?
                for p in c.all("name-part") {
                    if p.attr("name") == "given" { given = NamePart(formatting: Formatting(p)) }
                    if p.attr("name") == "family" { family = NamePart(formatting: Formatting(p)) }
                }
                name = NameElement(options: NameOptions(c, namePrefix: false), formatting: Formatting(c), given: given, family: family)
            case "et-al":
                etAl = (c.attr("term") ?? "et-al", Formatting(c))
            case "label":
                label = self.label(c)
                labelBefore = name == nil
            case "substitute":
                substitute = try children(c)
            default: continue
            }
        }
        let vars = (e.attr("variable") ?? "").split(separator: " ").map(String.init)
        return NamesElement(variables: vars, name: name, etAl: etAl, label: label, labelBeforeName: labelBefore,
                            substitute: substitute, delimiter: e.attr("delimiter"), formatting: Formatting(e))
    }

    func date(_ e: XMLElement) -> DateElement {
        let parts = e.all("date-part").map { p in
            DatePartElement(name: p.attr("name") ?? "", form: p.attr("form"), rangeDelimiter: p.attr("range-delimiter"),
                            formatting: Formatting(p), hasStripPeriods: p.attr("strip-periods") != nil)
        }
        return DateElement(variable: e.attr("variable") ?? "", form: e.attr("form"),
                           dateParts: e.attr("date-parts") ?? "year-month-day", parts: parts,
                           delimiter: e.attr("delimiter"), formatting: Formatting(e))
    }
}
