/// Reads a free-text reference (Vancouver/NLM, AMA, APA/Harvard, books, chapters, web pages, text
/// pasted from PDFs) into a CSL-JSON ``Item`` with the source span of every field, a confidence, and
/// style findings against NLM's Citing Medicine.
///
/// The parser is hand-written: a tokenless scanner finds identifiers, repairs line-break hyphens,
/// reads the author list from the front and the date/volume/issue/pages block from the back, and
/// splits what lies between into title and container.
public struct ReferenceParser: Sendable {
    let hyphenation: HyphenationRepair

    public init() {
        hyphenation = HyphenationRepair()
    }

    /// Parses one reference. Never fails: an unreadable string gives an item with what was recognised
    /// and a `reference-incomplete` finding.
    public func parse(_ text: String) -> ParsedReference {
        var state = ParseState(text: ScalarText(collapsing: text))
        state.readLeadingNumber()
        state.readIdentifiers()
        let glued = GluedSentence.find(in: state.text)
        for g in glued {
            state.report(
                .referencePunctuation, .warning,
                "`\(g.written)` has no space after the period; write `\(g.corrected)`.",
                range: g.replaced, suggestion: ". ")
        }
        state.text = state.text.insertingSpace(after: Set(glued.map(\.period)), movingSpaceBefore: true)
        let suspended = SuspendedHyphen.find(in: state.text)
        for h in suspended {
            state.report(
                .referencePunctuation, .info,
                "`\(h.written)` has a suspended hyphen without its space; write `\(h.corrected)`.",
                range: h.hyphen..<(h.hyphen + 1), suggestion: "- ")
        }
        state.text = state.text.insertingSpace(after: Set(suspended.map(\.hyphen)))
        let repairs = hyphenation.repairs(in: state.text)
        for r in repairs {
            state.report(
                .hyphenationArtifact, .warning,
                r.joined
                    ? "`\(r.written)` is a word broken at a line end; write `\(r.word)`."
                    : "`\(r.written)` has a space left by a line break; write `\(r.word)`.",
                range: r.wordRange, suggestion: r.word)
        }
        if !repairs.isEmpty {
            state.text = hyphenation.apply(repairs, to: state.text)
        }
        state.readBody()
        state.checkCompleteness()
        if let n = state.number { state.item.id = .string("ref-\(n)") }
        state.diagnostics.sort { ($0.span?.start ?? 0) < ($1.span?.start ?? 0) }
        return ParsedReference(
            text: text, number: state.number, item: state.item, spans: state.spans,
            confidence: state.confidence, diagnostics: state.diagnostics)
    }
}

import Bibliography
