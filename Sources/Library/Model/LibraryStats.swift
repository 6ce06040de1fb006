/// Counts over the library.
public struct LibraryStats: Sendable, Hashable, Codable {
    /// The library file.
    public var path: String
    /// Records stored.
    public var records = 0
    /// Records with a PMID, a DOI, a PMCID.
    public var withPMID = 0
    public var withDOI = 0
    public var withPMCID = 0
    /// Records with their source bytes kept.
    public var withRaw = 0
    /// Records per source kind, sorted by kind.
    public var sources: [SourceCount] = []
    /// Cached look-ups, and how many of them are negative answers.
    public var lookups = 0
    public var negativeLookups = 0
    /// The migrations applied, in order.
    public var migrations: [String] = []
    /// The size of the database file and its write-ahead log, in bytes.
    public var bytes: Int64 = 0

    /// Records of one source kind.
    public struct SourceCount: Sendable, Hashable, Codable {
        public var kind: String
        public var records: Int
        public init(kind: String, records: Int) {
            self.kind = kind
            self.records = records
        }
    }

    public init(path: String) { self.path = path }
}
