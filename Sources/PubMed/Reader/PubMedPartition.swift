import Foundation

/// A large plain PubMed file split at record boundaries, so that its parts can be read on several
/// cores at once (one ``PubMedReader`` a part); entries of part *k* come after those of part *k − 1*.
///
/// Files that are not worth splitting (gzipped, small, a single record, an internal DTD subset)
/// have one part. A damaged file can make a part fail where a whole read would fail later or
/// differently, so on any error read the file again whole.
public struct PubMedPartition: Sendable {
    public let url: URL
    let segments: [FileSegments.Segment]?

    /// Plans at most `parts` parts for `url`.
    public init(_ url: URL, parts: Int) {
        self.init(url, parts: parts, minimumSize: FileSegments.minimumSize)
    }

    /// Plans parts for files of at least `minimumSize` bytes (tests split small files).
    init(_ url: URL, parts: Int, minimumSize: Int64) {
        self.url = url
        segments = FileSegments.plan(url, parts: parts, minimumSize: minimumSize)
    }

    /// The number of parts (1 when the file is read whole).
    public var count: Int { segments?.count ?? 1 }

    /// The size in bytes of each part (for progress reports).
    public var sizes: [Int64] {
        if let segments { return segments.map(\.length) }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value ?? 0
        return [size]
    }
}
