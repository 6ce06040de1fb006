/// Formatting attributes shared by rendering elements (affixes, fonts, display, quotes, case).
struct Formatting: Sendable, Hashable {
    var prefix: String = ""
    var suffix: String = ""
    var fontStyle: String?
    var fontVariant: String?
    var fontWeight: String?
    var textDecoration: String?
    var verticalAlign: String?
    var display: String?
    var quotes = false
    var stripPeriods = false
    var textCase: String?

    init() {}

    init(_ e: XMLElement) {
        prefix = e.attr("prefix") ?? ""
        suffix = e.attr("suffix") ?? ""
        fontStyle = e.attr("font-style")
        fontVariant = e.attr("font-variant")
        fontWeight = e.attr("font-weight")
        textDecoration = e.attr("text-decoration")
        verticalAlign = e.attr("vertical-align")
        display = e.attr("display")
        quotes = e.attr("quotes") == "true"
        stripPeriods = e.attr("strip-periods") == "true"
        textCase = e.attr("text-case")
    }

    /// The font part only, as applied to a span of output.
    var font: FontStyle {
        FontStyle(fontStyle: fontStyle, fontVariant: fontVariant, fontWeight: fontWeight,
                  textDecoration: textDecoration, verticalAlign: verticalAlign)
    }

    var hasAffixes: Bool { !prefix.isEmpty || !suffix.isEmpty }
}

/// Font attributes of a span.
struct FontStyle: Sendable, Hashable {
    var fontStyle: String?
    var fontVariant: String?
    var fontWeight: String?
    var textDecoration: String?
    var verticalAlign: String?

    var isEmpty: Bool {
        fontStyle == nil && fontVariant == nil && fontWeight == nil && textDecoration == nil && verticalAlign == nil
    }
}
