import Bibliography
import Testing

@testable import CiteKit

@Suite("Built-in Vancouver formatter")
struct VancouverFormatterTests {
    @Test("a journal article in Citing Medicine form, with abbreviated last page")
    func article() {
        var item = Item(id: "a")
        item.author = [Name(family: "Kim", given: "SR"), Name(family: "Stitik", given: "TP"), Name(family: "Foye", given: "PM")]
        item.title = "Critical review of prolotherapy for osteoarthritis"
        item.containerTitleShort = "Am J Phys Med Rehabil"
        item.issued = DateValue(year: 2004, month: 5)
        item.volume = "83"
        item.issue = "5"
        item.page = "379-389"
        #expect(VancouverFormatter().format(item)
            == "Kim SR, Stitik TP, Foye PM. Critical review of prolotherapy for osteoarthritis. Am J Phys Med Rehabil. 2004 May;83(5):379-89.")
    }

    @Test("more than six authors end in et al")
    func etAl() {
        var item = Item(id: "a")
        item.author = (1...7).map { Name(family: "Author\($0)", given: "A") }
        item.title = "T?"
        #expect(VancouverFormatter().format(item).hasPrefix("Author1 A, Author2 A, Author3 A, Author4 A, Author5 A, Author6 A, et al. T?"))
    }

    @Test("a book gives edition, place, publisher and year")
    func book() {
        var item = Item(id: "b", type: .book)
        item.author = [Name(family: "Hackett", given: "GS")]
        item.title = "Ligament and tendon relaxation treated by prolotherapy"
        item.edition = "3"
        item.publisherPlace = "Springfield (IL)"
        item.publisher = "Charles C Thomas"
        item.issued = DateValue(year: 1958)
        #expect(VancouverFormatter().format(item)
            == "Hackett GS. Ligament and tendon relaxation treated by prolotherapy. 3rd ed. Springfield (IL): Charles C Thomas; 1958.")
    }

    @Test("page ranges drop repeated leading digits", arguments: [
        ("184-190", "184-90"), ("95-102", "95-102"), ("68-74, 77-80", "68-74, 77-80"), ("2095-2106", "2095-106"), ("e1234", "e1234"),
    ])
    func pages(input: String, expected: String) {
        #expect(VancouverFormatter.abbreviatedPages(input) == expected)
    }
}
