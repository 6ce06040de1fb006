import Bibliography
import Foundation
import Testing
@testable import CSL

/// Shared helpers: the package root, bundled locales and small inline styles.
enum Support {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }()

    static let locales = LocaleStore(directory: root.appendingPathComponent("References/locales"))

    /// A style whose citation layout is `citation` and bibliography layout `bibliography`.
    static func style(citation: String = "<text variable=\"title\"/>", bibliography: String? = nil,
                      styleAttributes: String = "", citationAttributes: String = "",
                      bibliographyAttributes: String = "", macros: String = "", sort: String = "",
                      citationSort: String = "", delimiter: String = "; ") throws -> CSLStyle {
        let bib = bibliography.map {
            "<bibliography \(bibliographyAttributes)>\(sort.isEmpty ? "" : "<sort>\(sort)</sort>")<layout>\($0)</layout></bibliography>"
        } ?? ""
        let xml = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" \(styleAttributes)>
          <info><id>test</id><title>Test</title></info>
          \(macros)
          <citation \(citationAttributes)>\(citationSort.isEmpty ? "" : "<sort>\(citationSort)</sort>")<layout delimiter="\(delimiter)">\(citation)</layout></citation>
          \(bib)
        </style>
        """
        return try CSLStyle(xml: Data(xml.utf8), file: "test.csl")
    }

    static func items(_ json: String) throws -> [Item] {
        try Bibliography(cslJSON: Data(json.utf8), file: "test.json").items
    }

    /// Renders one citation of all items with a citation layout.
    static func cite(_ layout: String, _ json: String, format: CSLOutputFormat = .text,
                     citationAttributes: String = "", styleAttributes: String = "", macros: String = "") throws -> String {
        let s = try style(citation: layout, styleAttributes: styleAttributes, citationAttributes: citationAttributes, macros: macros)
        let its = try items(json)
        let p = try CSLProcessor(style: s, locales: locales)
        return p.citation([its.map { CitationItem(id: $0.idString) }], items: its, format: format).first ?? ""
    }

    /// Renders the bibliography entries of all items.
    static func bib(_ layout: String, _ json: String, format: CSLOutputFormat = .text, sort: String = "",
                    bibliographyAttributes: String = "", styleAttributes: String = "", macros: String = "") throws -> [String] {
        let s = try style(bibliography: layout, styleAttributes: styleAttributes, bibliographyAttributes: bibliographyAttributes,
                          macros: macros, sort: sort)
        let p = try CSLProcessor(style: s, locales: locales)
        return p.bibliography(try items(json), format: format)
    }
}
