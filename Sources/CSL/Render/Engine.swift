import Bibliography

/// Style and locale data shared by every render of one processor.
struct Engine: Sendable {
    let style: CSLStyle
    let locale: ResolvedLocale
    let serializerQuotes: (open: String, close: String, innerOpen: String, innerClose: String)
    /// Whether a layout renders `year-suffix` or `citation-label` itself (then dates do not append the suffix).
    let citationRendersYearSuffix: Bool
    let bibliographyRendersYearSuffix: Bool

    init(style: CSLStyle, locale: ResolvedLocale) {
        self.style = style
        self.locale = locale
        citationRendersYearSuffix = style.citation.map { Renderer.rendersYearSuffix($0.layout, macros: style.macros) } ?? false
        bibliographyRendersYearSuffix = style.bibliography.map { Renderer.rendersYearSuffix($0.layout, macros: style.macros) } ?? false
        serializerQuotes = (locale.termText("open-quote") ?? "\u{201C}", locale.termText("close-quote") ?? "\u{201D}",
                            locale.termText("open-inner-quote") ?? "\u{2018}", locale.termText("close-inner-quote") ?? "\u{2019}")
    }

    func serializer(_ format: CSLOutputFormat) -> Serializer {
        Serializer(format: format, quotes: serializerQuotes, punctuationInQuote: locale.punctuationInQuote)
    }
}
