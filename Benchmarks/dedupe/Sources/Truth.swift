import Foundation

/// Which work each generated record is: kept apart from the records (the files hold no trace of it).
struct Truth: Codable {
    struct Entry: Codable {
        var file: String
        var id: String
        var work: Int
        /// What kind of work: `original`, or the look-alike it is (`same-authors`, `notice`, `part`).
        var kind: String
    }
    var seed: UInt64
    var entries: [Entry]

    static func load(_ url: URL) throws -> Truth { try JSONDecoder().decode(Truth.self, from: Data(contentsOf: url)) }
}
