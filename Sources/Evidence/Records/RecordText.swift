import Bibliography
import Foundation

/// The parts of a record that say what it is about and how it was done, gathered from the item
/// and its metadata whichever source filled them.
struct RecordText: Sendable {
    var title: String
    var abstract: String
    var meshDescriptors: [String]
    var keywords: [String]
    var publicationTypes: [String]
    var itemType: ItemType

    init(_ record: Record) {
        let item = record.item
        let m = record.metadata
        title = item.title ?? ""
        var abstract = item.abstract ?? ""
        if abstract.isEmpty { abstract = m.abstractSections.map(\.text).joined(separator: " ") }
        self.abstract = abstract
        meshDescriptors = m.meshHeadings.map(\.descriptor.name)
        var keywords = m.keywords.map(\.text)
        if keywords.isEmpty, let k = item.string("keyword") {
            keywords = k.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        self.keywords = keywords
        var types = m.publicationTypes.map(\.name)
        if types.isEmpty, case .array(let a)? = item.custom("publication-types") {
            types = a.compactMap(\.text)
        }
        publicationTypes = types
        itemType = item.type
    }

    /// Whether there is any text to judge a subject by.
    var hasText: Bool {
        !title.isEmpty || !abstract.isEmpty || !meshDescriptors.isEmpty || !keywords.isEmpty
    }
}
