import Bibliography

/// Finds a page's citation markers, the claims they attach to and its numbered reference list, and checks
/// them against each other.
public enum CitationAnalyzer {
    /// Analyzes one document.
    public static func analyze(_ document: Document) -> CitationAnalysis {
        CitationAnalysis()
    }
}
