import Evidence
import Yams

extension ClaimsMap {
    /// Reads `claims.yaml` entries from composed YAML nodes, with errors that name the node's line and column.
    struct NodeReader {
        let file: String

        /// One `claims:` entry: `id` and `match` scalars, `subject` and `synonyms` lists (a lone scalar is a one-term list).
        func claim(_ node: Node, path: String) throws -> ClaimSubject {
            guard let mapping = node.mapping else {
                throw problem(at: node, "expected \(path) to be a mapping of `id`, `match`, `subject`, `synonyms`")
            }
            guard let idNode = mapping["id"] else { throw problem(at: node, "missing \(path).id") }
            let id = try scalar(idNode, path: "\(path).id")
            let match = try mapping["match"].map { try scalar($0, path: "\(path).match") }
            let subject = try mapping["subject"].map { try terms($0, path: "\(path).subject") } ?? []
            let synonyms = try mapping["synonyms"].map { try terms($0, path: "\(path).synonyms") } ?? []
            return ClaimSubject(id: id, match: match, subject: subject, synonyms: synonyms)
        }

        private func scalar(_ node: Node, path: String) throws -> String {
            guard let value = node.scalar?.string else { throw problem(at: node, "expected \(path) to be text") }
            return value
        }

        private func terms(_ node: Node, path: String) throws -> [String] {
            if let value = node.scalar?.string { return [value] }
            guard let list = node.sequence else { throw problem(at: node, "expected \(path) to be a list of terms") }
            return try list.enumerated().map { index, item in try scalar(item, path: "\(path).[\(index)]") }
        }

        /// An invalid-claims-map error at a node's position (1-based, as Yams marks are).
        func problem(at node: Node?, _ reason: String) -> CheckError {
            let mark = node?.mark
            return CheckError.invalidClaimsMap(file: file, line: mark?.line, column: mark?.column, reason: reason)
        }
    }
}
