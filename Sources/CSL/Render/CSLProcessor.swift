import Bibliography
import Foundation

/// Renders citations and bibliographies of CSL-JSON items with a CSL style.
public struct CSLProcessor: Sendable {
    let engine: Engine
    /// The style in use.
    public var style: CSLStyle { engine.style }

    /// - Parameters:
    ///   - style: a parsed style.
    ///   - locales: where locale files are found (`nil`: only the style's own locale data).
    ///   - locale: a locale tag overriding the style's `default-locale` (en-US when neither is given).
    public init(style: CSLStyle, locales: LocaleStore?, locale: String? = nil) throws {
        engine = Engine(style: style, locale: ResolvedLocale(style: style, store: locales, lang: locale))
    }

    /// The bibliography of `items` (each item once), sorted as the style says.
    public func bibliography(_ items: [Item], format: CSLOutputFormat) -> [String] {
        render(items: items, citations: [], format: format).bibliography
    }

    /// Renders each citation (a list of cites) of a document, in order.
    public func citation(_ cites: [[CitationItem]], items: [Item], format: CSLOutputFormat) -> [String] {
        render(items: items, citations: cites.map { Citation(items: $0) }, format: format).citations
    }

    /// Renders a whole document: its citations and the bibliography of every item
    /// (or only `bibliographyIDs` when given).
    public func render(items: [Item], citations: [Citation], format: CSLOutputFormat,
                       bibliographyIDs: [String]? = nil) -> CSLDocument {
        var session = Session(engine: engine, items: items, citations: citations, bibliographyIDs: bibliographyIDs)
        session.prepare()
        let cites = session.renderCitations(format: format)
        let bib = session.renderBibliography(format: format)
        return CSLDocument(citations: cites, bibliography: bib.entries, bibliographyIDs: bib.ids,
                           citationNumbers: session.citationNumbers, disambiguation: session.disambiguation)
    }

    /// Wraps bibliography entries as the CSL test suite's HTML (`csl-bib-body`), or joins them with newlines.
    public func bibliographyDocument(_ entries: [String], format: CSLOutputFormat) -> String {
        switch format {
        case .html:
            var s = "<div class=\"csl-bib-body\">\n"
            for e in entries { s += "  <div class=\"csl-entry\">\(e)</div>\n" }
            return s + "</div>"
        default:
            return entries.joined(separator: "\n")
        }
    }
}
