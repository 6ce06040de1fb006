/// PubMed ends every `ArticleTitle` with a period (`Effects of X on Y.`, `[Translated title].`) that
/// belongs to the MEDLINE citation format, not to the title: a CSL style adds its own punctuation
/// after the title, so the period is dropped. `?` and `!` are part of the title and stay.
package enum TitleText {
    /// The title without PubMed's closing period. An ellipsis (`...`) or an abbreviation whose last
    /// word holds another period (`U.S.A.`) keeps it; closing markup tags after the period are kept.
    package static func withoutFinalPeriod(_ title: String?) -> String? {
        guard var title else { return nil }
        var closingTags = Substring("")
        while title.hasSuffix(">"), let open = title.lastIndex(of: "<"), title[open...].hasPrefix("</") {
            closingTags = title[open...] + closingTags
            title = String(title[..<open])
        }
        guard title.hasSuffix(".") else { return closingTags.isEmpty ? title : title + closingTags }
        let body = title.dropLast()
        let wordStart = body.lastIndex(where: { $0 == " " || $0 == ">" }).map { body.index(after: $0) } ?? body.startIndex
        let lastWord = body[wordStart...]
        if body.hasSuffix(".") || lastWord.contains(".") { return title + closingTags }
        let trimmed = String(body) + closingTags
        return trimmed.isEmpty ? nil : trimmed
    }
}
