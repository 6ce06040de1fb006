import Foundation

/// `<citation>` or `<bibliography>`: options, sort and layout.
struct LayoutSection: Sendable {
    var attributes: [String: String]
    var nameOptions: NameOptions
    var sort: [SortKey]
    var layout: [Element]
    var layoutFormatting: Formatting
    var layoutDelimiter: String
    func attr(_ key: String) -> String? { attributes[key] }
}
