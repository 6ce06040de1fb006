import Testing
@testable import Citations

@Suite("Marker number lists")
struct NumberListTests {
    private func parse(_ text: String, explicit: Bool = false) -> NumberList? {
        NumberList.parse(Array(text), from: 0, explicit: explicit)
    }

    @Test("lists and ranges expand in written order")
    func expansion() {
        #expect(parse("7,8,9")?.numbers == [7, 8, 9])
        #expect(parse("7-13")?.numbers == Array(7...13))
        #expect(parse("7–13")?.numbers == Array(7...13))
        #expect(parse("1-3,5")?.numbers == [1, 2, 3, 5])
        #expect(parse("1, 4", explicit: true)?.numbers == [1, 4])
        #expect(parse("1 – 3", explicit: true)?.numbers == [1, 2, 3])
    }

    @Test("a '.' between list numbers is a separator issue; a decimal is not a list")
    func periods() throws {
        let list = try #require(parse("7,8,9.10,11"))
        #expect(list.numbers == [7, 8, 9, 10, 11])
        #expect(list.periodSeparators.map(\.offset) == [5])
        #expect(list.periodSeparators.map(\.left) == ["9"])
        #expect(parse("9.10")?.numbers == [9, 10])
        #expect(parse("2.5") == nil)
        #expect(parse("5.2") == nil)
    }

    @Test("backwards or huge ranges are not lists")
    func badRanges() {
        #expect(parse("9-5") == nil)
        #expect(parse("777-7845") == nil)
        #expect(parse("1-3-5") == nil)
    }

    @Test("the list ends before text that does not continue it")
    func end() {
        #expect(parse("12 weeks")?.end == 2)
        #expect(parse("3,4, and")?.end == 3)
    }
}
