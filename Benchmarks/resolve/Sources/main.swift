// resolve-bench: resolves references rendered in Vancouver style from real PubMed records, with the
// kinds of typing errors the seed page has, against the loopback E-utilities/Crossref server, and
// reports precision, recall, requests per resolved reference, rate-limit violations and the
// requests of a second run. See Benchmarks/resolve/README.md.
import BenchmarkSupport
import Bibliography
import CiteKit
import Foundation
import Library
import LoopbackServer
import PubMed
import ReferenceText
import Resolve

struct Options {
    var shared = URL(fileURLWithPath: "../shared")
    var references = 1000
    var heldOut = 0.1
    var apiKey: String?
    var seed: UInt64 = 20261207

    init(_ arguments: [String]) {
        var i = 1
        while i < arguments.count {
            let a = arguments[i]
            let next = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch a {
            case "--shared": shared = URL(fileURLWithPath: next); i += 1
            case "--references": references = Int(next) ?? references; i += 1
            case "--held-out": heldOut = Double(next) ?? heldOut; i += 1
            case "--api-key": apiKey = next; i += 1
            case "--seed": seed = UInt64(next) ?? seed; i += 1
            default: break
            }
            i += 1
        }
    }
}

/// The typing errors of the seed page, applied to the item before rendering or to the rendered text.
enum Typos {
    static func item(_ item: Item, _ rng: inout SeededRandom) -> (Item, [String]) {
        var item = item
        var applied: [String] = []
        if rng.chance(0.35), item.author.count > 1 {
            item.names["author"] = [item.author[0]]
            applied.append("first author only")
        }
        if rng.chance(0.15), let volume = item.volume, let v = Int(volume) {
            item.setString("volume", String(max(1, v + (rng.chance(0.5) ? 1 : -1) * (1 + rng.below(9)))))
            applied.append("wrong volume")
        }
        if rng.chance(0.10), let year = item.year {
            item.dates["issued"] = DateValue(year: year + (rng.chance(0.5) ? 1 : -1))
            applied.append("wrong year")
        }
        if rng.chance(0.15), let title = item.title {
            var words = title.split(separator: " ").map(String.init)
            if words.count > 6 {
                words.remove(at: 1 + rng.below(words.count - 2))
                item.setString("title", words.joined(separator: " "))
                applied.append("title word dropped")
            }
        }
        if rng.chance(0.10), let title = item.title {
            // A plural or singular slip: "fibroblasts" for "fibroblast".
            var words = title.split(separator: " ").map(String.init)
            if let k = words.indices.filter({ words[$0].count > 6 }).first {
                words[k] = words[k].hasSuffix("s") ? String(words[k].dropLast()) : words[k] + "s"
                item.setString("title", words.joined(separator: " "))
                applied.append("word form")
            }
        }
        if rng.chance(0.10) {
            item.setString("issue", nil)
            applied.append("issue dropped")
        }
        return (item, applied)
    }

    static func text(_ text: String, _ rng: inout SeededRandom) -> (String, [String]) {
        var text = text
        var applied: [String] = []
        if rng.chance(0.15) {
            // A word broken at a line end: "concentra- tion".
            let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            if let k = words.indices.filter({ words[$0].count >= 10 && words[$0].allSatisfy(\.isLetter) }).first {
                var w = words
                let cut = w[k].index(w[k].startIndex, offsetBy: w[k].count / 2)
                w[k] = String(w[k][..<cut]) + "- " + String(w[k][cut...])
                text = w.joined(separator: " ")
                applied.append("hyphenation")
            }
        }
        if rng.chance(0.15), let r = text.range(of: ";") {
            text.replaceSubrange(r, with: ": ")
            applied.append("separator")
        }
        return (text, applied)
    }
}

@main
struct ResolveBench {
    static func main() async throws {
        let options = Options(CommandLine.arguments)
        let folder = options.shared.appendingPathComponent("pubmed")
        // Real records, one per PMID: journal articles with a title, authors, a journal and a year.
        var byPMID: [String: (record: Record, file: URL)] = [:]
        var order: [String] = []
        let files = (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { ($0.pathExtension == "xml" || $0.lastPathComponent.hasSuffix(".xml.gz")) && !$0.path.contains("/dtd/") }
            .sorted { $0.path < $1.path }
        for file in files {
            guard let records = try? PubMedReader.records(contentsOf: file) else { continue }
            for r in records {
                let item = r.item
                guard let pmid = item.pmid, byPMID[pmid] == nil, item.type == .articleJournal,
                    let title = item.title, title.count > 20, !item.author.isEmpty, (item.containerTitleShort ?? item.containerTitle) != nil,
                    item.year != nil
                else { continue }
                byPMID[pmid] = (r, file)
                order.append(pmid)
            }
        }
        var rng = SeededRandom(seed: options.seed)
        // Shuffle deterministically, then hold some back from the server: their references must stay unresolved.
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }
        let chosen = Array(order.prefix(options.references))
        let heldOutCount = Int(Double(chosen.count) * options.heldOut)
        let absent = Set(chosen.prefix(heldOutCount))

        var corpus = PubMedCorpus()
        for file in Set(chosen.compactMap { byPMID[$0]?.file }).sorted(by: { $0.path < $1.path }) { try corpus.add(contentsOf: file) }
        corpus.remove(pmids: absent)
        let renderer = try ReferenceListRenderer(style: "vancouver")
        let parser = ReferenceParser()
        var inputs: [ResolveInput] = []
        var truth: [Int: String] = [:]
        var typoCounts: [String: Int] = [:]
        for (n, pmid) in chosen.enumerated() {
            guard let record = byPMID[pmid]?.record else { continue }
            var (item, typos) = Typos.item(record.item, &rng)
            item.fields = item.fields.filter { !["PMID", "DOI", "PMCID", "URL"].contains($0.key) }
            var text = renderer.render([item]).replacingOccurrences(of: #"^\d+\.\s*"#, with: "", options: .regularExpression)
            let more: [String]
            (text, more) = Typos.text(text, &rng)
            for t in typos + more { typoCounts[t, default: 0] += 1 }
            inputs.append(ResolveInput(number: n + 1, text: text, item: parser.parse(text).item))
            if !absent.contains(pmid) { truth[n + 1] = "pmid:\(pmid)" }
        }

        let server = try await LoopbackServer.start(pubmed: corpus)
        let libraryPath = FileManager.default.temporaryDirectory.appendingPathComponent("resolve-bench-\(UUID().uuidString).sqlite").path
        let library = try RecordLibrary(path: libraryPath)
        func resolver() -> ReferenceResolver {
            let client = PoliteClient(policy: RetryPolicy(requestTimeout: 10))
            return ReferenceResolver(
                store: LibraryStore(library),
                eutils: EUtilsClient(configuration: EUtilsConfiguration(baseURL: server.eutilsURL, email: "bench@example.org", apiKey: options.apiKey), client: client),
                crossref: CrossrefClient(configuration: CrossrefConfiguration(baseURL: server.crossrefURL, mailto: "bench@example.org"), client: client))
        }
        let clock = ContinuousClock()
        let start = clock.now
        let results = await resolver().resolve(inputs)
        let elapsed = clock.now - start
        let firstRequests = await server.totalRequests()
        var perRoute: [(String, Int)] = []
        for route in Route.allCases { perRoute.append((route.rawValue, await server.requests(route))) }
        let violations = await server.rateLimitViolations()
        let secondResults = await resolver().resolve(inputs)
        let secondRequests = await server.totalRequests() - firstRequests
        await server.stop()
        try? FileManager.default.removeItem(atPath: libraryPath)

        var accepted = 0, correct = 0, byResolver: [String: Int] = [:], statuses: [String: Int] = [:]
        for r in results {
            statuses[r.status.rawValue, default: 0] += 1
            guard r.status == .resolved else { continue }
            accepted += 1
            byResolver[r.resolver ?? "-", default: 0] += 1
            if truth[r.number] == r.record { correct += 1 }
        }
        let precision = accepted == 0 ? 0 : Double(correct) / Double(accepted)
        let recall = truth.isEmpty ? 0 : Double(correct) / Double(truth.count)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("references: \(inputs.count) (\(truth.count) with their record on the server, \(inputs.count - truth.count) held back); server corpus \(corpus.count) records")
        print("typing errors: " + typoCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        print("outcomes: " + statuses.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        print("resolved by: " + byResolver.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        print(String(format: "precision %.4f (%d/%d)  recall %.4f (%d/%d)", precision, correct, accepted, recall, correct, truth.count))
        print(String(format: "requests %d (%@) = %.3f per resolved reference; rate-limit violations %d; %.1f s",
                     firstRequests, perRoute.filter { $0.1 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", "),
                     Double(firstRequests) / Double(max(accepted, 1)), violations, seconds))
        print("second run: \(secondRequests) requests; same records: \(secondResults.map(\.record) == results.map(\.record))")
        var reasons: [String: Int] = [:]
        for r in results where r.status == .failed {
            let reason = (r.error ?? "").replacingOccurrences(of: #"http://[^ ]*"#, with: "URL", options: .regularExpression)
            reasons[String(reason.prefix(100)), default: 0] += 1
        }
        for (reason, n) in reasons.sorted(by: { $0.value > $1.value }).prefix(5) { print("failed \(n): \(reason)") }
        if CommandLine.arguments.contains("--show-misses") {
            for r in results where r.status != .resolved && truth[r.number] != nil {
                print("MISS \(r.number) \(r.status.rawValue): \(inputs[r.number - 1].text)")
            }
        }
        for (a, b) in zip(results, secondResults) where a.record != b.record || a.status != b.status {
            print("CHANGED \(a.number): \(a.status.rawValue) \(a.record ?? "-") by \(a.resolver ?? "-") -> \(b.status.rawValue) \(b.record ?? "-") by \(b.resolver ?? "-") \(b.candidates)")
        }
        for r in results where r.status == .resolved && truth[r.number] != r.record {
            print("WRONG \(r.number): \(r.record ?? "-") expected \(truth[r.number] ?? "none") by \(r.resolver ?? "-"): \(inputs[r.number - 1].text)")
        }
    }
}

