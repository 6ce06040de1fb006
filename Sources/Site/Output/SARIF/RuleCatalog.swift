import Bibliography

/// The help text of each finding code, for SARIF rules (a code added later gets a generic text
/// until it is described here).
enum RuleCatalog {
    struct Rule {
        /// One sentence: what the code means.
        var summary: String
        /// How to fix it.
        var help: String
    }

    static func rule(_ code: FindingCode) -> Rule {
        rules[code.rawValue] ?? Rule(
            summary: "A CiteKit finding of kind '\(code.rawValue)'.",
            help: "See the finding's message for what is wrong and how to fix it.")
    }

    /// `orphan-reference` → `OrphanReference`, the form SARIF viewers show as a rule's name.
    static func name(_ code: FindingCode) -> String {
        code.rawValue.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private static let rules: [String: Rule] = [
        "unresolved-marker": Rule(
            summary: "An in-text marker cites a number the reference list does not have.",
            help: "Correct the marker's number, or add the missing entry to the reference list."),
        "orphan-reference": Rule(
            summary: "A reference in the list is never cited in the text.",
            help: "Cite the reference where it supports a claim, or remove it from the list."),
        "marker-separator": Rule(
            summary: "A marker separates numbers with something other than a comma or a range dash (9.10).",
            help: "Separate cited numbers with commas and ranges with a dash (9,10 or 9-11)."),
        "out-of-order": Rule(
            summary: "A reference is first cited after a higher-numbered one; Vancouver numbers references by first citation.",
            help: "Renumber the references in order of first citation."),
        "duplicate-reference": Rule(
            summary: "Two references in the list describe the same work.",
            help: "Keep one entry, cite its number everywhere, and remove the duplicate."),
        "marker-style": Rule(
            summary: "A marker lists three or more consecutive numbers one by one instead of as a range (1,2,3 for 1-3).",
            help: "Write runs of three or more consecutive numbers as a range."),
        "reference-punctuation": Rule(
            summary: "A reference's punctuation departs from its style (missing period, wrong separator, stray space).",
            help: "Punctuate the reference as the style requires; the message names the place."),
        "hyphenation-artifact": Rule(
            summary: "A word in a reference is broken by a line-end hyphen or a space after its hyphen.",
            help: "Join the broken word."),
        "reference-incomplete": Rule(
            summary: "A reference lacks an element its type requires (authors, year, volume, pages, publisher).",
            help: "Add the missing element from the work's record."),
        "book-order": Rule(
            summary: "A book reference writes its publisher before its place of publication.",
            help: "Write the place of publication, a colon, then the publisher."),
        "no-record": Rule(
            summary: "No bibliographic record could be matched to a reference.",
            help: "Add an identifier (PMID or DOI) to the reference, add its record to the library (cite resolve), or correct the reference."),
        "ambiguous-record": Rule(
            summary: "Two records fit a reference about equally well, so neither was accepted.",
            help: "Add an identifier (PMID or DOI) to the reference so that one record is chosen."),
        "resolve-failed": Rule(
            summary: "A reference's record could not be looked up: a service failed after every retry.",
            help: "Run the check again with --resolve later, or add the record to the library by hand."),
        "field-mismatch": Rule(
            summary: "A reference's field (volume, pages, year, authors) differs from its matched record.",
            help: "Correct the field from the record; the message gives the record's value."),
        "retracted-reference": Rule(
            summary: "A cited work has been retracted.",
            help: "Remove the citation, or cite the retraction notice and say why the work is still cited."),
        "erratum": Rule(
            summary: "An erratum or expression of concern has been published for a cited work.",
            help: "Read the notice and check that the claim still holds; cite the erratum where it matters."),
        "weak-evidence": Rule(
            summary: "A claim's strongest support is weak evidence (animal, in-vitro, opinion) rather than studies in people.",
            help: "Cite studies in people (trials, cohorts, systematic reviews), or soften the claim."),
        "subject-not-mentioned": Rule(
            summary: "A cited record does not mention the claim's subject in its title, abstract, MeSH headings or keywords.",
            help: "Check that the reference supports the claim; cite one that does."),
        "unsupported-claim": Rule(
            summary: "A claim is not backed: a named claim is no longer cited, or none of its judged references mentions its subject.",
            help: "Cite references that support the claim, or revise the claim."),
    ]
}
