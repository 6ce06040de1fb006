import Bibliography
import Testing
@testable import ReferenceText

@Suite("A period typed without the space after it")
struct GluedSentenceTests {
    @Test("`disease.Blood 105` splits title and journal, with a finding at the period")
    func gluedJournal() {
        let p = parser.parse(
            "Napier I, Ponka P, Richardson DR (2005) Iron trafficking in the mitochondrion: novel pathways revealed by disease.Blood 105:1867-1874")
        #expect(p.item.title == "Iron trafficking in the mitochondrion: novel pathways revealed by disease")
        #expect(p.item.containerTitle == "Blood")
        #expect(p.item.volume == "105")
        let finding = p.diagnostics.first { $0.message.contains("no space after the period") }
        #expect(finding?.code == .referencePunctuation)
        #expect(covered(p, finding?.span) == ".")
        #expect(finding?.message.contains("write `disease. Blood`") == true)
    }

    @Test("A space before the period instead of after it (`kill .Exp Brain Res`)")
    func spaceBefore() {
        let p = parser.parse("Huber ME, Sternad D. Implicit guidance to stable performance in a rhythmic perceptual-motor skill .Exp Brain Res. 2015; 233(6):1783-99.")
        #expect(p.item.title == "Implicit guidance to stable performance in a rhythmic perceptual-motor skill")
        #expect(p.item.containerTitle == "Exp Brain Res")
        let finding = p.diagnostics.first { $0.message == "`skill .Exp` has no space after the period; write `skill. Exp`." }
        // The span is the space and the period, which the suggestion replaces.
        #expect(covered(p, finding?.span) == " .")
        #expect(finding?.suggestion == ". ")
    }

    @Test("Abbreviations, initials, DOIs and URLs are not glued sentences")
    func notGlued() {
        let text = ScalarText(collapsing: "Smith J.A., e.g.The U.S.Army doi:10.1000/abc.Def http://example.org/report.Html john.Smith@example.org file.NET")
        #expect(GluedSentence.find(in: text).isEmpty)
    }
}

@Suite("A suspended hyphen that lost its space")
struct SuspendedHyphenTests {
    @Test("`foreign-and US-born` is read as `foreign- and US-born`, with a finding at the hyphen")
    func pair() {
        let p = parser.parse(
            "Harawa NT, Bingham TA, Cochran SD. HIV prevalence among foreign-and US-born clients of public STD clinics. Am J Public Health. 2002; 92 (12): 1958-1963.")
        #expect(p.item.title == "HIV prevalence among foreign- and US-born clients of public STD clinics")
        let finding = p.diagnostics.first { $0.message.contains("suspended hyphen") }
        #expect(finding?.code == .referencePunctuation)
        #expect(covered(p, finding?.span) == "-")
        #expect(finding?.message.contains("write `foreign- and US-born`") == true)
    }

    @Test("`pre-or post-test` is a pair; a dash before `or is it` is not")
    func orAndDash() {
        #expect(SuspendedHyphen.find(in: ScalarText(collapsing: "pre-or post-test probabilities")).map(\.written) == ["pre-or post-test"])
        #expect(SuspendedHyphen.find(in: ScalarText(collapsing: "A dollar-or is it? Value")).isEmpty)
        #expect(SuspendedHyphen.find(in: ScalarText(collapsing: "pre- and post-test")).isEmpty)
    }
}

@Suite("Scalar text look-ups")
struct ScalarTextTests {
    @Test("`matches` before the start of the text is false, not a crash")
    func matchesBeforeStart() {
        let t = ScalarText(collapsing: "St. Mary")
        #expect(t.matches("St", at: 0, caseInsensitive: false))
        #expect(!t.matches("St", at: -2, caseInsensitive: false))
        #expect(!t.matches("Mary", at: 6))
    }
}

@Suite("Suggestions replace their spans")
struct SuggestionTests {
    /// The reference with every finding's suggestion put in place of its span (last first).
    func applied(_ p: ParsedReference, codes: Set<String>) -> String {
        var chars = Array(p.text)
        for f in p.diagnostics.filter({ codes.contains($0.code.rawValue) }).sorted(by: { ($0.span?.start ?? 0) > ($1.span?.start ?? 0) }) {
            guard let span = f.span, let suggestion = f.suggestion else { continue }
            chars.replaceSubrange(span.start..<span.end, with: Array(suggestion))
        }
        return String(chars)
    }

    @Test("line-break, glued-period and suspended-hyphen suggestions give the corrected reference")
    func repairs() {
        let p = parser.parse("Kopp A. High glucose concentra- tion in foreign-and US-born Ger- man adults in double- blind trials.Diabetes Care. 1999;22:1-2.")
        #expect(applied(p, codes: ["hyphenation-artifact", "reference-punctuation"])
            == "Kopp A. High glucose concentration in foreign- and US-born German adults in double-blind trials. Diabetes Care. 1999;22:1-2.")
    }
}
