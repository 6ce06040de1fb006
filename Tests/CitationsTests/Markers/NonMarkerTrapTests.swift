import Testing
@testable import Citations

@Suite("Numbers that are not citation markers")
struct NonMarkerTrapTests {
    /// The markers found in `prose` on a page with 14 references (so every small number is in range).
    private func markers(_ prose: String, format: PageFormat = .text) -> [String] {
        Fixtures.analyze(prose: prose, references: 14, format: format).markers.map(\.raw)
    }

    @Test("phone numbers") func phone() {
        #expect(markers("Call us. (310) 777-7845 or write.").isEmpty)
        #expect(markers("Get in touch by calling (310) 777-7845 today.").isEmpty)
        #expect(markers("Call (310) 777-7845. 24 hours a day.").isEmpty)
    }

    @Test("counts and ranges in prose") func counts() {
        #expect(markers("It might range from 3 to 7 depending on the condition.").isEmpty)
        #expect(markers("About 1 in 4 adults. 1 in 5 children.").isEmpty)
        #expect(markers("Sessions are spaced apart by 2-4 weeks.").isEmpty)
        #expect(markers("Most patients require 3-6 injection sessions.").isEmpty)
        #expect(markers("It is used in 2 main ways.").isEmpty)
    }

    @Test("ordinals") func ordinals() {
        #expect(markers("Effects appear after the 3rd injection series.").isEmpty)
        #expect(markers("It was the 2nd. 3rd attempts failed.").isEmpty)
    }

    @Test("years and copyright lines") func years() {
        #expect(markers("© 2019 Example Clinic. All Rights Reserved.").isEmpty)
        #expect(markers("It was approved in 2019. 2020 brought more data.").isEmpty)
    }

    @Test("decimals and doses") func decimals() {
        #expect(markers("Inject 2.5 mg of the solution.").isEmpty)
        #expect(markers("The mean was 9.10 on the scale.").isEmpty)
        #expect(markers("Levels rose by 1,000 units.").isEmpty)
    }

    @Test("hyphenated names and gene names") func hyphenated() {
        #expect(markers("He is trained in the Hackett-Hemwall method.").isEmpty)
        #expect(markers("It suppresses IL-2, IL-6 and TGF-beta 1 production.").isEmpty)
        #expect(markers("Vitamin B12 and COVID19 and H2O are not markers.").isEmpty)
    }

    @Test("numbers in headings and bullets") func headingsAndBullets() {
        #expect(markers("Top 3 Reasons to Try It\n\n  • 5 sessions per series\n  • 2 injections per visit").isEmpty)
        #expect(markers("# Step 2: Recovery\n\n- 3 sets of 12\n- Rest 2 days", format: .markdown).isEmpty)
    }

    @Test("the reference list's own numbers") func listNumbers() {
        let analysis = Fixtures.analyze(prose: "No citations here.", references: 5)
        #expect(analysis.markers.isEmpty)
        #expect(analysis.references.count == 5)
    }

    @Test("bare numbers outside 1...N are not markers") func outOfRange() {
        let analysis = Fixtures.analyze(prose: "It helps.15 Another sentence. 16 More text.", references: 14)
        #expect(analysis.markers.isEmpty)
        #expect(!analysis.findings.contains { $0.code == .unresolvedMarker })
    }

    @Test("figure and page labels") func labels() {
        #expect(markers("As shown in Fig. 2 The curve rises.").isEmpty)
        #expect(markers("See Fig.3 for details.").isEmpty)
    }

    @Test("exponents are not superscript markers") func exponents() {
        #expect(markers("A dose of 10<sup>6</sup> cells over 4 cm<sup>2</sup>.", format: .html).isEmpty)
        #expect(markers("A dose of 10⁶ cells over 4 m².").isEmpty)
    }

    @Test("numbered enumerations in parentheses") func enumerations() {
        #expect(markers("Two ways: (1) inject the ligament and (2) inject the joint.").isEmpty)
    }

    @Test("addresses and links") func addresses() {
        #expect(markers("Visit www.example.com/page.2 Today we open.").isEmpty)
    }

    @Test("journal issue numbers in parentheses") func issueNumbers() {
        #expect(markers("Am J Pathol. 1996;149(6):2095-2106. J Biol Chem. 1999;274 (9): 5830.").isEmpty)
    }

    @Test("gene, protein and abbreviation names with numbers") func geneNames() {
        #expect(markers("The Igf2 allele and Dvl1 and Dvl2. Genes mxa, cxcl10, and hen1. Interleukin (IL)4, and (DMR)1, too.").isEmpty)
        #expect(markers("A hen1 suppressor1-2 (heso1-2) was found.").isEmpty)
    }

    @Test("chemical charges, statistics and residue numbers in superscript") func notation() {
        #expect(markers("Intracellular Ca²⁺ rose; Wald χ² = 3.82 at the Met¹⁴⁹ variant.").isEmpty)
        #expect(markers("At Cys<sup>333</sup> and Ca<sup>2+</sup> levels, χ<sup>2</sup> was 3.", format: .html).isEmpty)
    }

    @Test("numbered points after a period and intervals") func pointsAndIntervals() {
        #expect(markers("It was shown before. 2. We have since re-examined it. Limits outside [0,1] are errors.").isEmpty)
    }

    @Test("statistics in brackets after a value") func statistics() {
        #expect(markers("Median age 61 [18-94] years; days 5.5 [3] vs 9 [4]; time 112 s [6] overall.").isEmpty)
        #expect(markers("Age was 50 [10] years but it works [2].") == ["2"])
    }

    @Test("HTML superscripts on a variable (R², I², dP⁴) or before an element symbol (¹²⁵I, [³²P]) are notation")
    func superscriptNotation() {
        #expect(markers("The fit was good (R<sup>2</sup> = 0.91) and I<sup>2</sup> was low.", format: .html).isEmpty)
        #expect(markers("The crown of dP<sup>4</sup> is worn, as in M<sup>1</sup>.", format: .html).isEmpty)
        #expect(markers("Cells took up <sup>125</sup>I and [<sup>32</sup>P]ATP overnight.", format: .html).isEmpty)
        #expect(markers("Collagen rose after injection<sup>3</sup>.", format: .html) == ["3"])
    }

    @Test("a bracket glued to a variable is a statistic: F[1,12] = 8.42")
    func bracketOnVariable() {
        #expect(markers("The effect was large, F[1,12] = 8.42, and stable.").isEmpty)
        #expect(markers("As reported by Smith et al [3], it held.") == ["3"])
    }

    @Test("a decimal written without its zero after a minus or an equals sign is not a glued marker")
    func bareDecimal() {
        #expect(markers("The indirect effect was b = −.07, with a CI of −.14 to −.01.").isEmpty)
    }

    @Test("HTML superscripts glued to a following symbol (mc²155) or inside an equation (ηp² =.44) are notation")
    func superscriptInSymbolOrEquation() {
        #expect(markers("Phages grew on M. smegmatis mc<sup>2</sup>155 as a host.", format: .html).isEmpty)
        #expect(markers("The effect was moderate (ηp<sup>2</sup> =.44) overall.", format: .html).isEmpty)
        #expect(markers("Both were lower, as reported<sup>2</sup>, in later work.", format: .html) == ["2"])
    }

    @Test("a bracketed pair followed by a unit is an interval of values: [10, 20] mm")
    func intervalWithUnit() {
        #expect(markers("Misalignment was drawn on the intervals [10, 20] mm and [2, 4] s here.").isEmpty)
        #expect(markers("It is linked to tumour suppression [3, 4] in several cancers.") == ["3, 4"])
    }

    @Test("digits after a variable's comma are an index, not a glued marker (`λx,1, λx,2`, `a,2`)")
    func indicesAfterVariables() {
        #expect(markers("The eigenvalues {λx,1, λx,2, λx,3} are sorted. The pairs a,2 and b,3 differ.").isEmpty)
        // `et al.` and words of running text still take glued markers.
        #expect(markers("Smith et al.3 showed it. Knees heal slowly.4 Rest helps.") == ["3", "4"])
    }

    @Test("`pl. 16` (a plate) labels a number like `Fig. 2`")
    func plateLabel() {
        #expect(markers("The shell is figured in Maury, pl. 12, Fig. 3. Other text follows.").isEmpty)
    }

    @Test("an interval of values followed by a unit is not a marker (`[15, 30] degrees`, `[10, 20] Hz`)")
    func intervalsWithUnits() {
        #expect(markers("The misalignment was in [10, 14] degrees of rotation and [2, 4] Hz bands.").isEmpty)
        #expect(markers("Two studies agree [10, 14].") == ["10, 14"])
    }

    @Test("exponents in formulas: after a coefficient's letter (`4r<sup>2</sup>`) or a Greek parenthesis (`(nπ)<sup>2</sup>`)")
    func formulaExponents() {
        #expect(markers("<p>The sites number about 4<i>r</i><sup>2</sup>/<i>a</i><sup>2</sup> in all.</p>", format: .html).isEmpty)
        #expect(markers("<p>The factor exp(−(<i>nπ</i>)<sup>2</sup> <i>T</i>) decays.</p>", format: .html).isEmpty)
        // A parenthesis of prose, or a count, still takes a citation.
        #expect(markers("<p>It held in a cohort (n = 25)<sup>4</sup> and in trials (see review)<sup>5</sup>.</p>", format: .html) == ["4", "5"])
    }

    @Test("a digit after `…,` continues a sequence (`1,2,…,9`)")
    func sequences() {
        #expect(markers("Each branch takes a category c in 1,2,…,9 at random.").isEmpty)
    }
}

