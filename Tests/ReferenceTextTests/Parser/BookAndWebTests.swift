import Bibliography
import Testing
@testable import ReferenceText

@Suite("Books, chapters and web pages")
struct BookAndWebTests {
    @Test("day numbers with too many digits are no day, not an overflow")
    func longDayDigits() {
        let book = ReferenceParser().parse("Hackett GS. Ligament relaxation. Springfield (IL): Charles C Thomas; 1958 May 99999999999999999999.")
        #expect(book.item.issued?.year == 1958)
        #expect(book.item.issued?.day == nil)
        let web = ReferenceParser().parse("WHO. Fact sheet [Internet]. Geneva: WHO; 2020 [cited 2020 Jan 12345678901234567890]. Available from: https://who.int/x")
        #expect(web.item.issued?.year == 2020)
    }

    @Test("a book with edition, place (state) and publisher")
    func book() {
        let p = parser.parse("Hackett GS. Ligament and tendon relaxation treated by prolotherapy. 3rd ed. Springfield (IL): Charles C Thomas; 1958.")
        #expect(p.item.type == .book)
        #expect(authors(p) == ["Hackett GS"])
        #expect(p.item.title == "Ligament and tendon relaxation treated by prolotherapy")
        #expect(p.item.edition == "3")
        #expect(p.item.publisherPlace == "Springfield (IL)")
        #expect(p.item.publisher == "Charles C Thomas")
        #expect(p.item.year == 1958)
        #expect(p.diagnostics.isEmpty)
    }

    @Test("a chapter: editors, book title, publisher and pages")
    func chapter() {
        let p = parser.parse(
            "Meltzer PS, Kallioniemi A, Trent JM. Chromosome alterations in human solid tumors. In: Vogelstein B, Kinzler KW, editors. The genetic basis of human cancer. New York: McGraw-Hill; 2002. p. 93-113.")
        #expect(p.item.type == .chapter)
        #expect(authors(p) == ["Meltzer PS", "Kallioniemi A", "Trent JM"])
        #expect(p.item.title == "Chromosome alterations in human solid tumors")
        #expect(p.item.editor.map(\.vancouverForm) == ["Vogelstein B", "Kinzler KW"])
        #expect(p.item.containerTitle == "The genetic basis of human cancer")
        #expect(p.item.publisherPlace == "New York")
        #expect(p.item.publisher == "McGraw-Hill")
        #expect(p.item.year == 2002)
        #expect(p.item.page == "93-113")
    }

    @Test("a web page: [Internet], [cited ...] and Available from")
    func webPage() {
        let p = parser.parse(
            "Foley KM, Gelband H, editors. Improving palliative care for cancer [Internet]. Washington: National Academy Press; 2001 [cited 2002 Jul 9]. Available from: http://www.nap.edu/books/0309074029/html/.")
        #expect(p.item.type == .webpage)
        #expect(p.item.editor.map(\.vancouverForm) == ["Foley KM", "Gelband H"])
        #expect(p.item.title == "Improving palliative care for cancer")
        #expect(p.item.publisherPlace == "Washington")
        #expect(p.item.publisher == "National Academy Press")
        #expect(p.item.year == 2001)
        #expect(p.item.accessed?.dateParts == [[2002, 7, 9]])
        #expect(p.item.url == "http://www.nap.edu/books/0309074029/html/")
    }

    @Test("a conference paper with a quoted title (IEEE style); its closing comma is no finding")
    func conferencePaper() {
        let p = parser.parse(
            "F. Wu, H. Zhang, Y. Zhuang, \"Learning semantic correlations for cross-media retrieval\", 2006 IEEE International Conference on Image Processing, 2006.")
        #expect(p.item.type == .paperConference)
        #expect(p.item.author.map(\.family) == ["Wu", "Zhang", "Zhuang"])
        #expect(p.item.title == "Learning semantic correlations for cross-media retrieval")
        #expect(p.item.containerTitle == "2006 IEEE International Conference on Image Processing")
        #expect(p.item.year == 2006)
        #expect(!p.diagnostics.contains { $0.code == .referencePunctuation })
    }

    @Test("an organisation as author of a report")
    func organisation() {
        let p = parser.parse("World Health Organization. Global status report on noncommunicable diseases 2014. Geneva: WHO; 2014.")
        #expect(p.item.author == [.literal("World Health Organization")])
        #expect(p.item.title == "Global status report on noncommunicable diseases 2014")
        #expect(p.item.publisherPlace == "Geneva")
        #expect(p.item.publisher == "WHO")
    }
}
