import Bibliography
import Foundation
import TestSupport

/// Records and cited items for the tests. The prolotherapy records repeat the confirmed facts of
/// References/prolotherapy/records.xml (shared/seed/confirmed-records.json) so these tests need
/// no PubMed reader; the cited items are the page's reference list as the parser yields it.
enum TestRecords {
    static func name(_ vancouver: String) -> Name {
        let parts = vancouver.split(separator: " ")
        guard parts.count > 1, let last = parts.last else { return Name(family: vancouver) }
        return Name(family: parts.dropLast().joined(separator: " "), given: last.map { "\($0)." }.joined(separator: " "))
    }

    static func item(
        id: String, authors: [String] = [], title: String? = nil, journal: String? = nil, journalFull: String? = nil,
        year: Int? = nil, volume: String? = nil, issue: String? = nil, page: String? = nil, doi: String? = nil, pmid: String? = nil
    ) -> Item {
        var item = Item(id: id)
        item.author = authors.map(name)
        item.title = title
        item.containerTitleShort = journal
        item.containerTitle = journalFull
        if let year { item.issued = DateValue(year: year) }
        item.volume = volume
        item.issue = issue
        item.page = page
        item.doi = doi
        item.pmid = pmid
        return item
    }

    /// A cited item as a reference parser gives it: the journal as written goes to `container-title`.
    static func cited(
        _ number: Int, authors: [String], title: String, journal: String?, year: Int?, volume: String? = nil,
        issue: String? = nil, page: String? = nil
    ) -> Item {
        item(id: "ref-\(number)", authors: authors, title: title, journalFull: journal, year: year, volume: volume, issue: issue, page: page)
    }

    static func pubmed(_ item: Item, pmid: String, types: [String] = [], mesh: [String] = []) -> Record {
        var m = RecordMetadata(source: "pubmed")
        m.pmid = pmid
        m.publicationTypes = types.map { PublicationType(name: $0) }
        m.meshHeadings = mesh.map { MeshHeading(descriptor: MeshTerm(name: $0)) }
        var item = item
        item.pmid = pmid
        return Record(item: item, metadata: m)
    }

    static let liu1983 = pubmed(
        item(id: "6224646", authors: ["Liu YK", "Tipton CM", "Matthes RD", "Bedford TG", "Maynard JA", "Walmer HC"],
             title: "An in situ study of the influence of a sclerosing solution in rabbit medial collateral ligaments and its junction strength",
             journal: "Connect Tissue Res", year: 1983, volume: "11", issue: "2-3", page: "95-102", doi: "10.3109/03008208309004846"),
        pmid: "6224646", mesh: ["Animals", "Collagen", "Rabbits"])

    static let maynard1985 = pubmed(
        item(id: "3998899", title: "Morphological and biochemical effects of sodium morrhuate on tendons",
             journal: "J Orthop Res", journalFull: "Journal of Orthopaedic Research", year: 1985, volume: "3", issue: "2",
             page: "236-48", doi: "10.1002/jor.1100030214"),
        pmid: "3998899", mesh: ["Animals", "Rabbits", "Proteoglycans"])

    static let reeves2000 = pubmed(
        item(id: "10710805", title: "Randomized prospective double-blind placebo-controlled study of dextrose prolotherapy for knee osteoarthritis with or without ACL laxity",
             journal: "Altern Ther Health Med", year: 2000, volume: "6", issue: "2", page: "68-74, 77-80"),
        pmid: "10710805")

    static let kim2004 = pubmed(
        item(id: "15100629", authors: ["Kim SR", "Stitik TP", "Foye PM", "Greenwald BD", "Campagnolo DI"],
             title: "Critical review of prolotherapy for osteoarthritis, low back pain, and other musculoskeletal conditions: a physiatric perspective",
             journal: "Am J Phys Med Rehabil", year: 2004, volume: "83", issue: "5", page: "379-89",
             doi: "10.1097/01.phm.0000124443.31707.74"),
        pmid: "15100629", types: ["Review"])

    static var prolotherapy: [Record] { [liu1983, maynard1985, reeves2000, kim2004] }

    /// The package root, found from this file's path.
    static var packageRoot: URL { PackagePaths.root }
}
