/// A MeSH heading: a descriptor and its qualifiers.
public struct MeshHeading: Sendable, Hashable, Codable {
    /// The main heading.
    public var descriptor: MeshTerm
    /// The subheadings that narrow the descriptor, in source order.
    public var qualifiers: [MeshTerm]
    /// Descriptor type attribute, when given (`Geographic`).
    public var type: String?
    /// A heading from its descriptor, qualifiers and descriptor type.
    public init(descriptor: MeshTerm, qualifiers: [MeshTerm] = [], type: String? = nil) {
        self.descriptor = descriptor
        self.qualifiers = qualifiers
        self.type = type
    }

    /// Whether the descriptor or any qualifier is a major topic.
    public var isMajorTopic: Bool { descriptor.majorTopic || qualifiers.contains { $0.majorTopic } }

    /// PubMed notation: `Heading/Qualifier`, with `*` after major topics.
    public var pubMedNotation: [String] {
        let d = descriptor.name
        if qualifiers.isEmpty { return [d + (descriptor.majorTopic ? "*" : "")] }
        return qualifiers.map { d + "/" + $0.name + ($0.majorTopic || descriptor.majorTopic ? "*" : "") }
    }
}
