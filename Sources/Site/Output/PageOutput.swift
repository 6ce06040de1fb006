import Bibliography
import CiteKit
import Foundation

/// One page's result as the outputs write it: its JSON (at the top level), its block of the text
/// report, its GitHub annotations and its SARIF results, and the counts the summary and exit status
/// need. The cache keeps this, so that an unchanged page costs a file read rather than decoding
/// its whole result.
struct PageOutput: Sendable, Equatable {
    /// What the summary and the exit status need of a page.
    struct Header: Sendable, Equatable, Codable {
        var path: String
        var status: PageResult.Status
        var errors: Int, warnings: Int, infos: Int, silenced: Int
        /// The most severe reported finding's severity.
        var worst: Severity?

        init(path: String, status: PageResult.Status, errors: Int, warnings: Int, infos: Int, silenced: Int, worst: Severity?) {
            self.path = path
            self.status = status
            self.errors = errors
            self.warnings = warnings
            self.infos = infos
            self.silenced = silenced
            self.worst = worst
        }

        /// The counts of a result.
        init(_ result: PageResult) {
            let findings = result.findings
            self.init(
                path: result.path, status: result.status,
                errors: findings.count { $0.severity == .error }, warnings: findings.count { $0.severity == .warning },
                infos: findings.count { $0.severity == .info }, silenced: result.silenced.count, worst: result.report?.worstSeverity)
        }
    }

    var header: Header
    /// The page result as `JSONEncoder` writes it at the top level (pretty, sorted keys).
    var json: Data
    /// The page's block of the text report (uncoloured); empty when the page has none.
    var text: String
    /// The page's GitHub annotation lines; empty when it has none.
    var github: String
    /// What the SARIF log needs of the page (``SARIFPage``), as compact JSON.
    var sarif: Data

    init(header: Header, json: Data, text: String, github: String, sarif: Data) {
        self.header = header
        self.json = json
        self.text = text
        self.github = github
        self.sarif = sarif
    }

    /// The outputs of a result.
    init(_ result: PageResult) throws {
        header = Header(result)
        json = try Self.json(of: result)
        text = SiteReport.textBlock(result, options: Report.TextOptions(colour: false)) ?? ""
        github = SiteReport.githubLines(result).joined(separator: "\n")
        sarif = try JSONEncoder().encode(SARIFPage(result))
    }

    /// The result again, from its JSON.
    func result() throws -> PageResult { try JSONDecoder().decode(PageResult.self, from: json) }

    /// What the SARIF log needs of the page, from its compact JSON.
    func sarifPage() throws -> SARIFPage { try JSONDecoder().decode(SARIFPage.self, from: sarif) }

    /// A page result's JSON: `JSONEncoder`'s bytes (pretty, sorted keys), written directly.
    static func json(of result: PageResult) throws -> Data {
        try PrettyJSONWriter.data(result)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    // MARK: Cache file

    /// The format's line; a file of another format (an earlier version's) is a miss.
    private static let magic = "citekit-page-output 2\n"

    /// The cache file: a magic line, the header as one JSON line, the four parts' byte counts, the parts.
    func fileData() throws -> Data {
        var data = Data(Self.magic.utf8)
        data.append(try JSONEncoder().encode(header))
        let text = Data(self.text.utf8), github = Data(self.github.utf8)
        data.append(Data("\n\(json.count) \(text.count) \(github.count) \(sarif.count)\n".utf8))
        data.append(json)
        data.append(text)
        data.append(github)
        data.append(sarif)
        return data
    }

    /// Reads a cache file; `nil` when it is not one (a miss).
    init?(fileData data: Data) {
        let bytes = [UInt8](data)
        let magic = Array(Self.magic.utf8)
        guard bytes.starts(with: magic), let headerEnd = bytes[magic.count...].firstIndex(of: 0x0A),
            let countsEnd = bytes[(headerEnd + 1)...].firstIndex(of: 0x0A),
            let header = try? JSONDecoder().decode(Header.self, from: Data(bytes[magic.count..<headerEnd]))
        else { return nil }
        let counts = String(decoding: bytes[(headerEnd + 1)..<countsEnd], as: UTF8.self).split(separator: " ").compactMap { Int($0) }
        guard counts.count == 4, counts.allSatisfy({ $0 >= 0 }), countsEnd + 1 + counts.reduce(0, +) == bytes.count else { return nil }
        let jsonStart = countsEnd + 1, textStart = jsonStart + counts[0], githubStart = textStart + counts[1]
        let sarifStart = githubStart + counts[2]
        self.init(
            header: header, json: Data(bytes[jsonStart..<textStart]),
            text: String(decoding: bytes[textStart..<githubStart], as: UTF8.self),
            github: String(decoding: bytes[githubStart..<sarifStart], as: UTF8.self),
            sarif: Data(bytes[sarifStart...]))
    }
}
