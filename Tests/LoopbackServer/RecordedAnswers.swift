import Foundation

/// The real answers recorded in `shared/eutils`, served verbatim for the requests they came from
/// (see that folder's README and PROVENANCE.tsv).
public struct RecordedAnswers: Sendable {
    struct Answer: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
    }

    /// Recording key: the path's last component(s) and the parameters that select the answer.
    private var answers: [String: Answer] = [:]

    /// The parameters that do not select an answer.
    static let ignored: Set<String> = ["tool", "email", "api_key", "mailto"]

    public init() {}

    /// Reads every recording with a known request under `folder` (the `shared/eutils` folder).
    public init(folder: URL) throws {
        let fm = FileManager.default
        // Recordings with their request and response headers.
        let enumerator = fm.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.lastPathComponent.hasSuffix(".headers.json"),
                let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any],
                let request = object["request"] as? [String: Any], let uri = request["uri"] as? String,
                let response = object["response"] as? [String: Any], let bodyFile = object["body_file"] as? String
            else { continue }
            var headers: [String: String] = [:]
            for (name, value) in response["headers"] as? [String: Any] ?? [:] {
                let lowered = name.lowercased()
                guard !lowered.contains(" "), !["content-length", "transfer-encoding", "connection", "keep-alive", "set-cookie"].contains(lowered) else { continue }
                if let list = value as? [String], let first = list.first { headers[lowered] = first }
            }
            let body = try Data(contentsOf: url.deletingLastPathComponent().appendingPathComponent(bodyFile))
            let query = (request["body"] as? String) ?? (URLComponents(string: uri)?.percentEncodedQuery ?? "")
            let path = URLComponents(string: uri)?.path ?? uri
            answers[Self.key(path: path, pairs: TextKey.formPairs(query))] =
                Answer(status: response["status"] as? Int ?? 200, headers: headers, body: body)
        }
        // Recordings whose request is only named in PROVENANCE.tsv.
        let provenance = (try? String(contentsOf: folder.appendingPathComponent("PROVENANCE.tsv"), encoding: .utf8)) ?? ""
        for line in provenance.split(separator: "\n").dropFirst() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 6, !columns[0].hasSuffix(".headers.json") else { continue }
            let request = columns[5].split(separator: " ").map(String.init)
            guard let target = request.first(where: { $0.contains(".fcgi?") || $0.contains(".cgi?") || $0.hasPrefix("https://") }) else { continue }
            let path = target.components(separatedBy: "?")[0]
            let query = target.contains("?") ? String(target[target.index(after: target.firstIndex(of: "?")!)...]) : ""
            let key = Self.key(path: path, pairs: TextKey.formPairs(query))
            guard answers[key] == nil,
                let body = try? Data(contentsOf: folder.appendingPathComponent(columns[0]))
            else { continue }
            let name = columns[0]
            let status = name.contains("_404_") ? 404 : name.contains("_400_") ? 400 : name.contains("_500_") ? 500 : 200
            let type = name.hasSuffix(".json") ? "application/json" : name.hasSuffix(".xml") ? "text/xml; charset=UTF-8" : "text/plain"
            answers[key] = Answer(status: status, headers: ["content-type": type], body: body)
        }
    }

    public var count: Int { answers.count }

    static func key(path: String, pairs: [(String, String)]) -> String {
        let tail = path.split(separator: "/").map(String.init)
        let utility = tail.firstIndex(where: { $0 == "works" }).map { tail[$0...].joined(separator: "/") } ?? (tail.last ?? "")
        let params = pairs.filter { !ignored.contains($0.0) }.map { "\($0.0)=\($0.1)" }.sorted().joined(separator: "&")
        return utility + "?" + params
    }

    func answer(path: String, pairs: [(String, String)]) -> Answer? {
        answers[Self.key(path: path, pairs: pairs)]
    }
}
