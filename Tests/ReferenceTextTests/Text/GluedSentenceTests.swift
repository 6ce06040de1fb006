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
        #expect(p.diagnostics.contains { $0.message == "`skill .Exp` has no space after the period; write `skill. Exp`." })
    }

    @Test("Abbreviations, initials, DOIs and URLs are not glued sentences")
    func notGlued() {
        let text = ScalarText(collapsing: "Smith J.A., e.g.The U.S.Army doi:10.1000/abc.Def http://x.org/a.Html file.NET")
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
