/// Joins scored pairs into clusters, best pair first, never joining two clusters whose
/// identifiers conflict (so a cluster never holds two DOIs, PMIDs or PMCIDs).
struct ClusterBuilder {
    private var parent: [Int]
    private var identity: [RecordIdentity]

    init(identities: [RecordIdentity]) {
        parent = Array(identities.indices)
        identity = identities
    }

    mutating func root(_ i: Int) -> Int {
        var i = i
        while parent[i] != i {
            parent[i] = parent[parent[i]]
            i = parent[i]
        }
        return i
    }

    /// Joins the clusters of `a` and `b` unless they are one already or their identifiers
    /// conflict; whether it joined them.
    @discardableResult
    mutating func join(_ a: Int, _ b: Int) -> Bool {
        let ra = root(a), rb = root(b)
        if ra == rb { return false }
        if identity[ra].conflicts(with: identity[rb]) { return false }
        let (keep, other) = ra < rb ? (ra, rb) : (rb, ra)
        parent[other] = keep
        identity[keep] = identity[keep].union(identity[other])
        return true
    }
}
