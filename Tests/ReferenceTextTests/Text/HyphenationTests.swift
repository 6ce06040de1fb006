import Testing
@testable import ReferenceText

@Suite("Line-break hyphenation repair")
struct HyphenationTests {
    func title(_ t: String) -> String? {
        parser.parse("Kopp A. \(t). Dtsch Med Wochenschr. 1974;99:496-7.").item.title
    }

    @Test("a word broken at a line end is joined", arguments: [
        ("High glucose concentra- tion induces", "High glucose concentration induces"),
        ("Endoskopishe shinkterotomie [Ger- man]", "Endoskopishe shinkterotomie [German]"),
        ("Hybridization identi- fies glucose", "Hybridization identifies glucose"),
        ("Crystal agglomera- tion in urinary stones", "Crystal agglomeration in urinary stones"),
        ("Selective sludge discharge in SBR granulation: Nu- merical modelling", "Selective sludge discharge in SBR granulation: Numerical modelling"),
        ("Relation to glu- cose-enhanced matrix", "Relation to glucose-enhanced matrix"),
    ])
    func joined(_ written: String, _ repaired: String) {
        #expect(title(written) == repaired)
    }

    @Test("a real compound keeps its hyphen", arguments: [
        ("Randomized double- blind study", "Randomized double-blind study"),
        ("Mice lacking α2- integrin", "Mice lacking α2-integrin"),
        ("Loss of HER- 2/neu antigen", "Loss of HER-2/neu antigen"),
        ("Cell-associated alpha- amylases of butyrate-producing bacteria", "Cell-associated alpha-amylases of butyrate-producing bacteria"),
        ("A novel link between beta- defensin structure and activity", "A novel link between beta-defensin structure and activity"),
        ("Drug using prisoners re- entering the community", "Drug using prisoners re-entering the community"),
        ("The GABAergic cerebello- olivary projection", "The GABAergic cerebello-olivary projection"),
        ("Use of direct-to- consumer genomic tests", "Use of direct-to-consumer genomic tests"),
        ("Fatty acids in laboratory- denatured rapeseed oil", "Fatty acids in laboratory-denatured rapeseed oil"),
        ("Binding of 3H-cis(Z)- flupenthixol to membranes", "Binding of 3H-cis(Z)-flupenthixol to membranes"),
        ("Nectin-like molecules/ SynCAM are required", "Nectin-like molecules/SynCAM are required"),
    ])
    func kept(_ written: String, _ repaired: String) {
        #expect(title(written) == repaired)
    }

    @Test("a suspended hyphen before `and` is not touched")
    func suspended() {
        #expect(title("Effects of short- and long-term use") == "Effects of short- and long-term use")
    }

    @Test("the rest of the string is evidence: a form used elsewhere wins")
    func evidenceFromString() {
        let repair = HyphenationRepair(lexicon: Lexicon(words: WordCounts(""), compounds: WordCounts("")))
        let text = ScalarText(collapsing: "Zorbo- blast cells. Zorboblast growth.")
        let repairs = repair.repairs(in: text)
        #expect(repairs.count == 1)
        #expect(repairs.first?.joined == true)
        #expect(repairs.first?.word == "Zorboblast")
    }

    @Test("the lexicon built from the shared data knows the words")
    func lexicon() {
        let l = Lexicon.shared
        #expect(l.contains(word: "concentration"))
        #expect(l.contains(compound: "double-blind"))
        #expect(!l.contains(word: "concentra"))
    }
}
