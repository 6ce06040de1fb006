import Bibliography
import FlyingFox
import FlyingSocks
import Foundation

/// A real HTTP server on 127.0.0.1 that speaks the E-utilities (EFetch, ESearch, ECitMatch) and
/// Crossref's works API: recorded answers verbatim for their requests, everything else from a
/// corpus following the documented behaviour. It enforces NCBI's rate limit (3 requests a second
/// without an API key, 10 with one) with NCBI's real 429 answer, counts what it served, and plays
/// injected faults.
public final class LoopbackServer: Sendable {
    private let server: HTTPServer
    private let task: Task<Void, any Error>
    private let state: State
    /// `http://127.0.0.1:PORT/`.
    public let baseURL: URL

    /// The E-utilities base URL to give a client.
    public var eutilsURL: URL { baseURL.appendingPathComponent("entrez/eutils/") }
    /// The Crossref base URL to give a client.
    public var crossrefURL: URL { baseURL.appendingPathComponent("crossref/") }

    /// Starts a server on a free loopback port.
    public static func start(pubmed: PubMedCorpus, crossref: CrossrefCorpus = CrossrefCorpus(),
                             recorded: RecordedAnswers = RecordedAnswers(), rateLimitBody: Data? = nil) async throws -> LoopbackServer {
        let state = State(pubmed: pubmed, crossref: crossref, recorded: recorded, rateLimitBody: rateLimitBody)
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 60, logger: .disabled)
        await server.appendRoute("*") { request in await state.handle(request) }
        // The server runs on its own queue, so that tests keeping the cooperative pool busy cannot starve it.
        let task = Task(executorPreference: ServerExecutor()) { try await server.run() }
        // A loaded machine (the whole suite in parallel) can take a while to schedule the start.
        try await server.waitUntilListening(timeout: 60)
        let host: String
        switch await server.listeningAddress {
        case .ip4(_, let port)?: host = "127.0.0.1:\(port)"
        case .ip6(_, let port)?: host = "[::1]:\(port)"
        default:
            task.cancel()
            throw SocketError.unsupportedAddress
        }
        return LoopbackServer(server: server, task: task, state: state, baseURL: URL(string: "http://\(host)/")!)
    }

    private init(server: HTTPServer, task: Task<Void, any Error>, state: State, baseURL: URL) {
        self.server = server
        self.task = task
        self.state = state
        self.baseURL = baseURL
    }

    /// Stops listening.
    public func stop() async {
        await server.stop(timeout: 1)
        task.cancel()
    }

    /// Plays `fault` for the next `times` requests on `route`.
    public func inject(_ fault: Fault, on route: Route, times: Int = 1) async {
        await state.inject(fault, on: route, times: times)
    }

    /// Requests served per route.
    public func requests(_ route: Route) async -> Int { await state.counts[route, default: 0] }
    /// Requests served in all.
    public func totalRequests() async -> Int { await state.counts.values.reduce(0, +) }
    /// E-utilities requests refused for exceeding the rate limit.
    public func rateLimitViolations() async -> Int { await state.violations }
    /// When each E-utilities request arrived, in seconds since the first.
    public func eutilsArrivals() async -> [Double] { await state.allArrivals }
    /// The parameters of every E-utilities request, in arrival order (to check `tool` and `email`).
    public func eutilsParameters() async -> [[String: String]] { await state.eutilsParameters }
}

actor State {
    let pubmed: PubMedCorpus
    let crossref: CrossrefCorpus
    let recorded: RecordedAnswers
    let rateLimitBody: Data
    var faults: [Route: [Fault]] = [:]
    var counts: [Route: Int] = [:]
    var violations = 0
    var eutilsParameters: [[String: String]] = []
    private var arrivals: [ContinuousClock.Instant] = []
    private var firstArrival: ContinuousClock.Instant?
    var allArrivals: [Double] = []

    init(pubmed: PubMedCorpus, crossref: CrossrefCorpus, recorded: RecordedAnswers, rateLimitBody: Data?) {
        self.pubmed = pubmed
        self.crossref = crossref
        self.recorded = recorded
        // NCBI's 429 body as observed (API-FACTS.md), when the caller does not pass the recording.
        self.rateLimitBody = rateLimitBody ?? Data(#"{"error":"API rate limit exceeded","api-key":"127.0.0.1","count":"4","limit":"3"}"#.utf8)
    }

    func inject(_ fault: Fault, on route: Route, times: Int) {
        faults[route, default: []] += Array(repeating: fault, count: times)
    }

    func handle(_ request: HTTPRequest) async -> HTTPResponse {
        let path = request.path
        var pairs = TextKey.formPairs(request.target.query(percentEncoded: true))
        if request.method == .POST { pairs += TextKey.formPairs(String(decoding: (try? await request.bodyData) ?? Data(), as: UTF8.self)) }
        var params: [String: String] = [:]
        for (k, v) in pairs where params[k] == nil { params[k] = v }
        let route = Self.route(path)
        counts[route, default: 0] += 1

        if path.hasPrefix("/entrez/eutils/") {
            eutilsParameters.append(params)
            if let refused = rateLimit(apiKey: params["api_key"]) { return refused }
        }
        if var queue = faults[route], !queue.isEmpty {
            let fault = queue.removeFirst()
            faults[route] = queue
            if let response = await play(fault, route: route, request: request) { return response }
        }
        if let answer = recorded.answer(path: path, pairs: pairs) {
            var headers = HTTPHeaders()
            for (name, value) in answer.headers { headers[HTTPHeader(name)] = value }
            return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)), headers: headers, body: answer.body)
        }
        switch route {
        case .efetch: return efetch(params)
        case .esearch: return esearch(params)
        case .ecitmatch: return ecitmatch(params)
        case .crossrefWork: return crossrefWork(path)
        case .crossrefQuery: return crossrefQuery(params)
        case .other: return HTTPResponse(statusCode: .notFound, body: Data("Resource not found.".utf8))
        }
    }

    static func route(_ path: String) -> Route {
        if path.hasSuffix("/efetch.fcgi") { return .efetch }
        if path.hasSuffix("/esearch.fcgi") { return .esearch }
        if path.hasSuffix("/ecitmatch.cgi") { return .ecitmatch }
        if path.hasPrefix("/crossref/works/") { return .crossrefWork }
        if path == "/crossref/works" || path == "/crossref/works/" { return .crossrefQuery }
        return .other
    }

    /// NCBI's rule: more than 3 requests in one second (10 with a key) get HTTP 429.
    private func rateLimit(apiKey: String?) -> HTTPResponse? {
        let now = ContinuousClock.now
        let first = firstArrival ?? now
        firstArrival = first
        let since = now - first
        allArrivals.append(Double(since.components.seconds) + Double(since.components.attoseconds) / 1e18)
        arrivals = arrivals.filter { now - $0 < .seconds(1) }
        arrivals.append(now)
        let limit = apiKey == nil ? 3 : 10
        guard arrivals.count > limit else { return nil }
        violations += 1
        return HTTPResponse(statusCode: .tooManyRequests,
                            headers: [.contentType: "application/json", HTTPHeader("Retry-After"): "1",
                                      HTTPHeader("X-RateLimit-Limit"): String(limit), HTTPHeader("X-RateLimit-Remaining"): "0"],
                            body: rateLimitBody)
    }

    private func play(_ fault: Fault, route: Route, request: HTTPRequest) async -> HTTPResponse? {
        switch fault {
        case .status(let code, let retryAfter):
            var headers: HTTPHeaders = [.contentType: "text/html"]
            if let retryAfter { headers[HTTPHeader("Retry-After")] = retryAfter }
            return HTTPResponse(statusCode: HTTPStatusCode(code, phrase: Self.phrase(code)), headers: headers,
                                body: Data("<html><body><h1>\(code) \(Self.phrase(code))</h1></body></html>\n".utf8))
        case .slow(let seconds):
            try? await Task.sleep(for: .seconds(seconds))
            return nil
        case .reset, .truncated:
            let body = Data(repeating: UInt8(ascii: " "), count: 2048)
            let sent = fault == .reset ? 0 : body.count / 2
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/xml"],
                                body: HTTPBodySequence(from: BrokenBody(bytes: Array(body.prefix(sent))), count: body.count))
        case .htmlPage:
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/html"],
                                body: Data("<!DOCTYPE html><html><head><title>Service unavailable</title></head><body>Unable to route request! /http/service/ratecontrol</body></html>".utf8))
        case .invalidXML:
            let body = route == .crossrefWork || route == .crossrefQuery ? #"{"status":"ok","message":{"DOI":"#
                : "<?xml version=\"1.0\"?><PubmedArticleSet><PubmedArticle><MedlineCitation>"
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/xml"], body: Data(body.utf8))
        case .empty:
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/xml"], body: Data())
        }
    }

    // MARK: E-utilities from the corpus

    private func xml(_ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: [.contentType: "text/xml; charset=UTF-8", HTTPHeader("X-RateLimit-Limit"): "3"], body: Data(text.utf8))
    }

    private func efetch(_ params: [String: String]) -> HTTPResponse {
        let ids = (params["id"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !ids.isEmpty, ids.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else {
            return HTTPResponse(statusCode: .badRequest, headers: [.contentType: "text/xml"],
                                body: Data("<?xml version=\"1.0\" ?>\n<eFetchResult>\n\t<ERROR>ID list is empty! Possibly it has no correct IDs.</ERROR>\n</eFetchResult>\n".utf8))
        }
        var out = "<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2024//EN\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd\">\n<PubmedArticleSet>\n"
        for id in ids { if let e = pubmed.entry(pmid: id) { out += String(decoding: e.raw, as: UTF8.self) + "\n" } }
        out += "</PubmedArticleSet>\n"
        return xml(out)
    }

    private func esearch(_ params: [String: String]) -> HTTPResponse {
        let term = params["term"] ?? ""
        guard let expression = SearchExpression.parse(term) else {
            return xml("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<eSearchResult><ERROR>Invalid query: \(Self.escape(term))</ERROR></eSearchResult>\n")
        }
        let ids = pubmed.search(expression)
        let retmax = Int(params["retmax"] ?? "") ?? 20
        let shown = ids.prefix(retmax)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<!DOCTYPE eSearchResult PUBLIC \"-//NLM//DTD esearch 20060628//EN\" \"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd\">\n"
        out += "<eSearchResult><Count>\(ids.count)</Count><RetMax>\(shown.count)</RetMax><RetStart>0</RetStart><IdList>\n"
        for id in shown { out += "<Id>\(id)</Id>\n" }
        out += "</IdList><TranslationSet/><QueryTranslation>\(Self.escape(term))</QueryTranslation>"
        if ids.isEmpty { out += "<WarningList><OutputMessage>No items found.</OutputMessage></WarningList>" }
        out += "</eSearchResult>\n"
        return xml(out)
    }

    /// One answer line per query line: the line echoed in lowercase, then the PMID,
    /// `NOT_FOUND[;INVALID_JOURNAL]` or `AMBIGUOUS id,id` (NBK25500; the miss forms are reported, not captured).
    private func ecitmatch(_ params: [String: String]) -> HTTPResponse {
        let lines = (params["bdata"] ?? "").split(whereSeparator: { $0 == "\r" || $0 == "\n" })
        var out = ""
        for line in lines {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 6 else { continue }
            let echo = f.prefix(6).map { $0.lowercased() }.joined(separator: "|")
            switch pubmed.citationMatch(journal: f[0], year: f[1], volume: f[2], page: f[3], author: f[4]) {
            case .found(let pmid): out += "\(echo)|\(pmid)\n"
            case .notFound(let invalid): out += "\(echo)|NOT_FOUND\(invalid ? ";INVALID_JOURNAL" : "")\n"
            case .ambiguous(let ids): out += "\(echo)|AMBIGUOUS \(ids.joined(separator: ","))\n"
            }
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain; charset=UTF-8"], body: Data(out.utf8))
    }

    // MARK: Crossref from the corpus

    private func json(_ object: CSLValue, status: HTTPStatusCode = .ok) -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(object)) ?? Data()
        return HTTPResponse(statusCode: status, headers: [.contentType: "application/json", HTTPHeader("x-rate-limit-limit"): "10",
                                                         HTTPHeader("x-rate-limit-interval"): "1s", HTTPHeader("x-api-pool"): "polite"], body: data)
    }

    private func crossrefWork(_ path: String) -> HTTPResponse {
        let doi = String(path.dropFirst("/crossref/works/".count))
        guard let work = crossref.work(doi: doi) else {
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain"], body: Data("Resource not found.".utf8))
        }
        return json(.object(["status": .string("ok"), "message-type": .string("work"), "message-version": .string("1.0.0"), "message": work.json]))
    }

    private func crossrefQuery(_ params: [String: String]) -> HTTPResponse {
        let rows = min(Int(params["rows"] ?? "") ?? 20, 1000)
        let hits = crossref.query(params["query.bibliographic"] ?? params["query"] ?? "", rows: rows)
        let items = hits.map { hit -> CSLValue in
            guard case .object(var work) = hit.0.json else { return hit.0.json }
            work["score"] = .double(hit.1)
            return .object(work)
        }
        let message: CSLValue = .object([
            "facets": .object([:]), "total-results": .int(hits.count), "items": .array(items), "items-per-page": .int(rows),
            "query": .object(["start-index": .int(0), "search-terms": .null]),
        ])
        return json(.object(["status": .string("ok"), "message-type": .string("work-list"), "message-version": .string("1.0.0"), "message": message]))
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func phrase(_ code: Int) -> String {
        switch code {
        case 200: return "OK"
        case 400: return "Bad Request"
        case 404: return "Not Found"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return "Status"
        }
    }
}

/// A body that sends its bytes, then fails, so the server closes the connection mid-answer.
struct BrokenBody: AsyncBufferedSequence {
    typealias Element = UInt8
    let bytes: [UInt8]

    func makeAsyncIterator() -> Iterator { Iterator(bytes: bytes) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var bytes: [UInt8]
        var sent = false

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if !sent, !bytes.isEmpty {
                sent = true
                return bytes
            }
            throw CocoaError(.fileReadCorruptFile)
        }
    }
}

/// A task executor on a serial Dispatch queue of its own (one per server), outside Swift's cooperative pool.
final class ServerExecutor: TaskExecutor, @unchecked Sendable {
    private let queue = DispatchQueue(label: "citekit.loopback-server", qos: .userInitiated)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
