import Foundation

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
