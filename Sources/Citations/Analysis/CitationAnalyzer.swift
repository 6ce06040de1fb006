import Bibliography

/// Finds a page's citation markers, the claims they attach to and its numbered reference list, and checks
/// them against each other.
public enum CitationAnalyzer {
    /// Analyzes one document: locates the reference list first (its size N decides which bare numbers are
    /// markers), then scans the prose for markers, splits it into sentences, and makes every sentence that
    /// carries a marker a claim.
    public static func analyze(_ document: Document) -> CitationAnalysis {
        let list = ReferenceListLocator(document: document).locate()
        let references = list?.entries ?? []
        let excluded = list.map { [$0.range] } ?? []
        var located = MarkerScanner(document: document, excluded: excluded, referenceCount: references.count).scan()
        // A page cites in one style: author–year citations count where they outnumber the numbered markers
        // (on a numbered page `Shadlen et al. (1996)` is how the prose names a work its marker cites). Each
        // holds a year, so a page with no more years in its prose than numbered markers is not read for them.
        let numbered = located.count(where: { $0.marker.explicit })
        if AuthorYearScanner.yearCount(in: document.textCharacters, excluding: excluded) > numbered {
            let authorYear = AuthorYearScanner(
                document: document, excluded: excluded, index: AuthorYearIndex(entries: references),
                taken: located.map(\.range)).scan()
            if authorYear.count > numbered {
                located = (located + authorYear).sorted { $0.range.lowerBound < $1.range.lowerBound }
            }
        }
        let text = document.textCharacters
        let blocks = BlockSplitter(text: text, excluded: excluded).blocks()
        let sentences = SentenceSplitter(text: text, markers: located.map(\.range)).split(blocks: blocks)
        let claims = ClaimBuilder(document: document, markers: located).claims(from: sentences)
        let markers = located.map(\.marker)
        let findings = CitationChecks(claims: claims, markers: markers, references: references).findings()
        return CitationAnalysis(
            claims: claims, markers: markers, references: references,
            referenceListLocation: list?.location, findings: findings)
    }
}
