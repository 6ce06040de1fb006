import Bibliography
import Foundation

/// A claim to rank a library for: one line `{"id": ..., "claim": "..."}` of a claims file.
public struct ClaimQuery: Sendable, Hashable, Decodable {
    /// The claim's identifier, as written (a string or a number).
    public var id: JSONValue
    /// The claim sentence.
    public var claim: String

    /// Creates a query.
    public init(id: JSONValue, claim: String) {
        self.id = id
        self.claim = claim
    }

    /// Reads a claims file, one JSON object a line; blank lines are skipped.
    /// - Throws: ``ClaimQueryError/malformed(file:line:reason:)`` naming the first bad line.
    public static func readJSONLines(_ data: Data, file: String) throws -> [ClaimQuery] {
        var out: [ClaimQuery] = []
        let decoder = JSONDecoder()
        for (n, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                out.append(try decoder.decode(ClaimQuery.self, from: Data(line)))
            } catch {
                throw ClaimQueryError.malformed(file: file, line: n + 1, reason: "expected {\"id\": ..., \"claim\": \"...\"}")
            }
        }
        return out
    }
}
