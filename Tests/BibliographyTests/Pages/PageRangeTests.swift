import Testing

@testable import Bibliography

@Suite("Page ranges")
struct PageRangeTests {
    @Test("abbreviated range ends are expanded", arguments: [
        ("184-90", "184-190"), ("236-48", "236-248"), ("1611-21", "1611-1621"),
        ("95-102", "95-102"), ("998-02", "998-1002"), ("S12-5", "S12-S15"), ("e1234", "e1234"),
        ("68–80", "68-80"),
    ])
    func expansion(input: String, expected: String) {
        #expect(PageRange.expandedList(input) == expected)
    }

    @Test("comma-separated ranges stay separate")
    func multipleRanges() {
        let ranges = PageRange.parseList("68-74, 77-80")
        #expect(ranges == [PageRange(first: "68", last: "74"), PageRange(first: "77", last: "80")])
        #expect(ranges[0].firstNumber == 68)
    }

    @Test("same pages after expansion compare equal, different ones do not")
    func samePages() {
        #expect(PageRange.samePages("236-48", "236-248"))
        #expect(PageRange.samePages("184–190", "184-90"))
        #expect(!PageRange.samePages("68-80", "68-74, 77-80"))
        #expect(!PageRange.samePages("", ""))
    }
}
