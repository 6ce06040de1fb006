import Bibliography
import Testing
@testable import Citations

@Suite("Bracket citations with signal words and pin cites")
struct PinCiteTests {
    private func markers(_ prose: String) -> [Marker] {
        Fixtures.analyze(prose: prose, references: 80).markers
    }

    @Test("a signal word before the numbers (`[e.g., 77]`, `[see 4]`, `[cf. 9]`, `[see also 4, 5]`) is a citation of them")
    func signalWords() {
        #expect(markers("Teeth were found [e.g., 77], [78].").map(\.numbers) == [[77], [78]])
        #expect(markers("It was described before [see 4].").map(\.numbers) == [[4]])
        #expect(markers("It was described before [cf. 9].").map(\.numbers) == [[9]])
        #expect(markers("It was described before [see also 4, 5].").map(\.numbers) == [[4, 5]])
        #expect(markers("It was described before [reviewed in 12].").map(\.numbers) == [[12]])
    }

    @Test("a pin cite after one number (`[1: 290–293]`, `[33: fig. 3]`, `[4, p. 12]`) cites that work only")
    func pinCites() {
        #expect(markers("Plate B is seen from the left [1: 290–293]. Bones are preserved.").map(\.numbers) == [[1]])
        #expect(markers("It resembles Adapis [33: fig. 3]. The facet is steep.").map(\.numbers) == [[33]])
        #expect(markers("Darwinius was nocturnal [1: 302, fig. 10; Fig. 14].").map(\.numbers) == [[1]])
        #expect(markers("As argued [4, p. 12], it holds.").map(\.numbers) == [[4]])
        #expect(markers("As argued [4, pp. 12–15], it holds.").map(\.numbers) == [[4]])
    }

    @Test("a ratio (`[1:2]`), words that only begin like a signal (`[seen 4]`) and a list with a pin cite are not read as pin cites")
    func traps() {
        #expect(markers("Cells were mixed [1:2] with medium.").isEmpty)
        #expect(markers("It was [seen 4] times.").isEmpty)
        #expect(markers("Both agree [3, 4: 12].").isEmpty)
    }
}
