/// One piece of evidence about a record's design: what it suggests and where it was seen.
struct DesignSignal: Sendable, Hashable {
    enum Source: Int, Sendable, Comparable {
        /// Publication types and item types: assigned by indexers or the publisher.
        case publicationType = 0
        /// MeSH headings and keywords: assigned by indexers.
        case indexing = 1
        /// Words of the title or abstract.
        case text = 2
        static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
    }

    var design: StudyDesign
    var source: Source
    /// `pubtype:Review`, `mesh:Rabbits`, `title:randomized`.
    var basis: String
}
