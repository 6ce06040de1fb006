import Bibliography
import Foundation
import Testing
@testable import Verification

/// The matcher's faster forms compute exactly what their plain definitions do: a site check's
/// output must not change with them.
@Suite("Matching: fast forms agree with their definitions")
struct MatchSpeedEquivalenceTests {
    @Test("ASCII text folds to its lowercase, as Foundation's folding gives it")
    func asciiFold() {
        for text in ["Journal of Orthopaedic Research", "J ORTHOP RES.", "83(5):379-89", "p < 0.05 & [x]", "", "Tab\tand~{}|"] {
            let foundation = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            #expect(MatchText.fold(text) == foundation)
        }
        // Other text still goes through Foundation's folding and the Greek spelling.
        #expect(MatchText.fold("Éthique α-Thalassémie") == "ethique alpha-thalassemie")
    }

    @Test("title similarity from sorted trigram lists is the Dice and containment score of the trigram sets")
    func titleSimilarityMatchesSetDefinition() throws {
        let scorer = MatchScorer()
        let titles = [
            "Critical review of prolotherapy for osteoarthritis, low back pain, and other musculoskeletal conditions",
            "Critical review of prolotherapy for osteoarthritis",
            "Morphological and biomechanical effects of sodium morrhuate on tendons",
            "An in situ study of the influence of a sclerosing solution in rabbit medial collateral ligaments",
            "Ab", "Tendons",
        ]
        for a in titles {
            for b in titles {
                var x = Item(id: "a"), y = Item(id: "b")
                x.title = a
                y.title = b
                let fx = MatchFeatures(item: x), fy = MatchFeatures(item: y)
                let sx = MatchText.trigrams(MatchText.squeezed(a)), sy = MatchText.trigrams(MatchText.squeezed(b))
                #expect(fx.titleTrigrams == sx.sorted())
                // The definition, on sets.
                var expected = MatchText.dice(sx, sy)
                let shorter = min(sx.count, sy.count)
                if shorter >= 6 {
                    expected = max(expected, Double(sx.intersection(sy).count) / Double(shorter) * min(0.9, 0.5 + Double(shorter) / 50))
                }
                #expect(try #require(scorer.titleSimilarity(fx, fy)) == expected)
            }
        }
    }

    @Test("a record is indexed under its distinct content words in title order and its first author")
    func indexKeys() {
        var item = Item(id: "a")
        item.title = "The effect of the effect: a trial of dextrose in knee pain"
        item.author = [Name(family: "Reeves", given: "K D")]
        #expect(MatchFeatures(item: item).indexKeys == ["effect", "trial", "dextrose", "knee", "pain", "au:reeves"])
    }

    @Test("the title index ranks by summed rarity, ties by record position")
    func titleIndexOrder() {
        func features(_ title: String) -> MatchFeatures {
            var item = Item(id: title)
            item.title = title
            return MatchFeatures(item: item)
        }
        let records = ["knee pain trial", "dextrose knee", "dextrose knee", "shoulder pain", "unrelated words"].map(features)
        let index = TitleIndex(features: records)
        // "dextrose" and "knee" are each in two or three records; "unrelated" shares nothing.
        #expect(index.candidates(for: features("dextrose knee injection"), limit: 10) == [1, 2, 0])
        #expect(index.candidates(for: features("dextrose knee injection"), limit: 2) == [1, 2])
        #expect(index.candidates(for: features("nothing shared"), limit: 10).isEmpty)
    }
}
