/// Joins scored pairs into clusters, best pair first. Two clusters are joined only when every
/// record of one may be the same work as every record of the other (complete linkage): a record
/// that looks like two works does not pull them together, and a cluster never holds two DOIs,
/// PMIDs or PMCIDs.
struct ClusterBuilder {
    private var parent: [Int]
    private var members: [[Int]]

    init(count: Int) {
        parent = Array(0..<count)
        members = (0..<count).map { [$0] }
    }

    mutating func root(_ i: Int) -> Int {
        var i = i
        while parent[i] != i {
            parent[i] = parent[parent[i]]
            i = parent[i]
        }
        return i
    }

    /// Joins the clusters of `a` and `b` unless they are one already or some pair across them is
    /// not `compatible`; whether it joined them.
    @discardableResult
    mutating func join(_ a: Int, _ b: Int, compatible: (Int, Int) throws -> Bool) rethrows -> Bool {
        let ra = root(a), rb = root(b)
        if ra == rb { return false }
        for x in members[ra] { for y in members[rb] where try !compatible(x, y) { return false } }
        let (keep, other) = ra < rb ? (ra, rb) : (rb, ra)
        parent[other] = keep
        members[keep] += members[other]
        members[other] = []
        return true
    }
}
