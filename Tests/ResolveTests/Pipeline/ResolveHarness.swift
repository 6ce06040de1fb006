import Bibliography
import Foundation
import LoopbackServer
import ReferenceText
import Resolve
import TestSupport

/// A loopback server holding the bundled page's records (PubMed XML as PubMed, CSL-JSON as
/// Crossref works) and a resolver pointed at it, with short retry waits.
struct ResolveHarness {
    let server: LoopbackServer
    let store: MemoryStore

    static func start(store: MemoryStore = MemoryStore()) async throws -> ResolveHarness {
        var pubmed = PubMedCorpus()
        try pubmed.add(contentsOf: PackagePaths.root.appendingPathComponent("References/prolotherapy/records.xml"))
        let items = try Bibliography(cslJSON: Data(contentsOf: PackagePaths.root.appendingPathComponent("References/prolotherapy/records.json"))).items
        let server = try await LoopbackServer.start(pubmed: pubmed, crossref: CrossrefCorpus(items: items))
        return ResolveHarness(server: server, store: store)
    }

    /// A resolver pointed at the server. The default per-request time-out is only a guard against a
    /// hung request: no test without an injected fault expects one, and under AddressSanitizer the
    /// in-process server answers a 13-citation ECitMatch in more than 2 s.
    func resolver(apiKey: String? = nil, attempts: Int = 4, timeout: Double = 10, offline: Bool = false) -> ReferenceResolver {
        let client = PoliteClient(policy: RetryPolicy(maxAttempts: attempts, baseDelay: 0.05, maxDelay: 1.5, requestTimeout: timeout), offline: offline)
        return ReferenceResolver(
            store: store,
            eutils: EUtilsClient(configuration: EUtilsConfiguration(baseURL: server.eutilsURL, email: "tests@example.org", apiKey: apiKey), client: client),
            crossref: CrossrefClient(configuration: CrossrefConfiguration(baseURL: server.crossrefURL, mailto: "tests@example.org"), client: client))
    }

    /// The bundled page's fourteen references, parsed.
    static func references() throws -> [ResolveInput] {
        let text = try String(contentsOf: PackagePaths.fixture("references/prolotherapy-references.txt"), encoding: .utf8)
        let parser = ReferenceParser()
        return text.split(separator: "\n").compactMap { line -> ResolveInput? in
            guard let dot = line.firstIndex(of: "."), let number = Int(line[..<dot]) else { return nil }
            let body = line[line.index(after: dot)...].trimmingCharacters(in: .whitespaces)
            return ResolveInput(number: number, text: body, item: parser.parse(body).item)
        }
    }
}
