/// Records of the library found to be one work.
public struct DuplicateCluster: Sendable, Hashable, Codable {
    /// The key of the record the cluster is (or would be) merged into.
    public var key: String
    /// The records, in key order.
    public var members: [Member]
    /// The links that joined the records, best first: each pair and its score.
    public var links: [Link]

    /// One record of a cluster.
    public struct Member: Sendable, Hashable, Codable {
        /// The record's library key.
        public var key: String
        /// The item's id in its source (a BibTeX key, a RIS `ID`).
        public var item: String
        /// The source kind and file.
        public var kind: String
        public var origin: String
        public var title: String
        public var year: Int?
        /// The records this one was already merged from, when it was.
        public var sources: [MergedSource]?
    }

    /// Two records found to be one work.
    public struct Link: Sendable, Hashable, Codable {
        public var a: String
        public var b: String
        /// 1 for a shared identifier; otherwise ``DuplicateScorer``'s score of the fields.
        public var score: Double
        /// `doi`, `pmid` or `pmcid` for a shared identifier, `fields` for a scored comparison.
        public var basis: String
    }
}

/// What `dedupe` found, and did unless it was a dry run.
public struct DedupeReport: Sendable, Hashable, Codable {
    /// The library file.
    public var path: String
    /// Records in the library before.
    public var records: Int
    /// The clusters of records of one work, in key order.
    public var clusters: [DuplicateCluster]
    /// Whether the clusters were only listed.
    public var dryRun: Bool
    /// Records that merging removes (every member but one, summed over the clusters).
    public var removed: Int { clusters.reduce(0) { $0 + $1.members.count - 1 } }
}
