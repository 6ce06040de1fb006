import Foundation

/// A parsed XML element: the small, immutable tree the style and locale builders read.
struct XMLElement: Sendable {
    var name: String
    var attributes: [String: String]
    var children: [XMLElement]
    /// The concatenated text content of this element (not of its children's elements).
    var text: String

    func attr(_ key: String) -> String? { attributes[key] }
    func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }
    func all(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }
}
