import Bibliography
import Foundation
import TestSupport

/// Records for the Evidence tests.
enum EvidenceFixtures {
    static func record(
        title: String? = nil, abstract: String? = nil, types: [String] = [], mesh: [String] = [],
        keywords: [String] = [], itemType: ItemType = .articleJournal
    ) -> Record {
        var item = Item(id: "r", type: itemType)
        item.title = title
        item.abstract = abstract
        var m = RecordMetadata(source: "test")
        m.publicationTypes = types.map { PublicationType(name: $0) }
        m.meshHeadings = mesh.map { MeshHeading(descriptor: MeshTerm(name: $0)) }
        m.keywords = keywords.map { Keyword(text: $0) }
        return Record(item: item, metadata: m)
    }

    static var packageRoot: URL { PackagePaths.root }

    /// The four items of `Fixtures/evidence/rank-items.jsonl` written for the ranking tests.
    static func rankItems() throws -> [Item] {
        let url = packageRoot.appendingPathComponent("Fixtures/evidence/rank-items.jsonl")
        return try Bibliography(cslJSON: try Data(contentsOf: url), file: url.path).items
    }

    /// The bundled example's CSL-JSON records (confirmed facts of references without a PMID).
    static func prolotherapyCSLRecords() throws -> [String: Record] {
        let url = packageRoot.appendingPathComponent("References/prolotherapy/records.json")
        let items = try Bibliography(cslJSON: try Data(contentsOf: url), file: url.path).items
        var out: [String: Record] = [:]
        for item in items { out[item.idString] = Record.fromCSLJSON(item) }
        return out
    }

    /// The facts of References/prolotherapy/records.xml that the grading and support tests need
    /// (titles, publication types, MeSH descriptors), built here so no PubMed reader is needed.
    static let liu1983 = record(
        title: "An in situ study of the influence of a sclerosing solution in rabbit medial collateral ligaments and its junction strength",
        types: ["Research Support, Non-U.S. Gov't", "Research Support, U.S. Gov't, P.H.S."],
        mesh: ["Animals", "Collagen", "Fatty Acids", "Ligaments, Articular", "Male", "Rabbits", "Sodium Morrhuate", "Stress, Mechanical"])
    static let maynard1985 = record(
        title: "Morphological and biochemical effects of sodium morrhuate on tendons",
        types: ["Research Support, Non-U.S. Gov't", "Research Support, U.S. Gov't, P.H.S."],
        mesh: ["Achilles Tendon", "Animals", "Cell Count", "Collagen", "Fatty Acids", "Hexosamines", "Hydroxyproline", "Knee",
               "Proteoglycans", "Rabbits", "Sodium Morrhuate", "Tendons", "Time Factors"])
    static let reeves2000 = record(
        title: "Randomized prospective double-blind placebo-controlled study of dextrose prolotherapy for knee osteoarthritis with or without ACL laxity")
    static let kim2004 = record(
        title: "Critical review of prolotherapy for osteoarthritis, low back pain, and other musculoskeletal conditions: a physiatric perspective",
        types: ["Review"],
        mesh: ["Genetic Therapy", "Glucose", "Growth Substances", "Humans", "Insurance, Health, Reimbursement", "Ligaments, Articular",
               "Low Back Pain", "Osteoarthritis", "Pain Measurement"])
    /// Reference 12: a PMID and nothing else.
    static let pmidOnly = record()
}
