import Bibliography
import Foundation
import Verification

/// Finds each reference's record, from the cheapest and surest evidence to the weakest: the
/// store, identifiers written in the reference, PubMed's citation matcher, a fielded PubMed
/// search, then Crossref's bibliographic query. Every candidate is scored by Verification's
/// ``RecordMatcher``; only a clear winner is accepted. Everything fetched, and every answer
/// (negative ones too), is stored as soon as it arrives, so an interrupted run loses nothing and
/// the next run asks only what is still missing.
public struct ReferenceResolver: Sendable {
    public var store: any ResolveStore
    public var eutils: EUtilsClient
    public var crossref: CrossrefClient
    /// How long a stored look-up answer is trusted, in seconds.
    public var maxAge: TimeInterval
    /// Called with a short description of each stage, for progress on a terminal.
    public var progress: (@Sendable (String) -> Void)?

    /// Stored answers are trusted for 30 days by default.
    public static let defaultMaxAge: TimeInterval = 30 * 24 * 3600

    public init(store: any ResolveStore, eutils: EUtilsClient, crossref: CrossrefClient,
                maxAge: TimeInterval = ReferenceResolver.defaultMaxAge, progress: (@Sendable (String) -> Void)? = nil) {
        self.store = store
        self.eutils = eutils
        self.crossref = crossref
        self.maxAge = maxAge
        self.progress = progress
    }

    /// Resolves every input; the result has one ``Resolution`` per input, in input order.
    public func resolve(_ inputs: [ResolveInput]) async -> [Resolution] {
        var run = ResolveRun(resolver: self, inputs: inputs)
        await run.perform()
        return run.resolutions()
    }
}

/// The state of one resolving run.
struct ResolveRun {
    let resolver: ReferenceResolver
    let inputs: [ResolveInput]
    var accepted: [Int: Resolution] = [:]
    var ambiguous: [Int: [String]] = [:]
    var errors: [Int: String] = [:]

    init(resolver: ReferenceResolver, inputs: [ResolveInput]) {
        self.resolver = resolver
        self.inputs = inputs
    }

    var open: [Int] { inputs.indices.filter { accepted[$0] == nil } }
    private var store: any ResolveStore { resolver.store }

    mutating func perform() async {
        stage("library")
        for i in open {
            decide(i, (try? store.candidates(for: inputs[i].item, limit: 20)) ?? [], by: "library")
        }
        await identifiers()
        await citationMatch()
        await fieldSearch()
        await crossrefQuery()
        // Records fetched for one reference may be another's: a last look at the store settles
        // them now, as the next run would.
        for i in open {
            decide(i, (try? store.candidates(for: inputs[i].item, limit: 20)) ?? [], by: "library")
        }
    }

    func resolutions() -> [Resolution] {
        inputs.indices.map { i in
            let number = inputs[i].number
            if let done = accepted[i] { return done }
            if let pair = ambiguous[i] { return Resolution(number: number, status: .ambiguous, candidates: pair) }
            if let error = errors[i] { return Resolution(number: number, status: .failed, error: error) }
            return Resolution(number: number, status: .notFound)
        }
    }

    private func stage(_ name: String) {
        resolver.progress?("\(name): \(open.count) of \(inputs.count) references to resolve")
    }

    // MARK: Deciding

    /// Accepts the matcher's clear winner among `candidates`, or notes two close ones.
    @discardableResult
    mutating func decide(_ i: Int, _ candidates: [Record], by resolverName: String) -> Bool {
        guard accepted[i] == nil, !candidates.isEmpty else { return accepted[i] != nil }
        var seen = Set<String>()
        let unique = candidates.filter { seen.insert($0.reportID).inserted }
        let matcher = RecordMatcher(records: unique)
        let item = inputs[i].item
        if let match = matcher.match(item) {
            accepted[i] = Resolution(number: inputs[i].number, status: .resolved, record: match.record.reportID,
                                     score: (match.score * 100).rounded() / 100, resolver: resolverName)
            ambiguous[i] = nil
            errors[i] = nil
            return true
        }
        let top = matcher.candidates(for: item, limit: 2)
        if top.count == 2, top[0].score >= matcher.threshold, top[1].score > top[0].score - 0.02 {
            ambiguous[i] = top.map(\.record.reportID)
        }
        return false
    }

    // MARK: Records by PMID

    /// The records of `pmids`, from the store or fetched in batches (and stored); the error
    /// of a batch that could not be fetched.
    mutating func records(pmids: [String]) async -> (records: [String: Record], error: String?) {
        var unique: [String] = []
        var seen = Set<String>()
        for p in pmids where seen.insert(p).inserted { unique.append(p) }
        var found = (try? store.records(pmids: unique)) ?? [:]
        let missing = unique.filter { found[$0] == nil }
        var lastError: String?
        var start = 0
        while start < missing.count {
            let batch = Array(missing[start..<min(start + EUtilsClient.fetchBatch, missing.count)])
            start += batch.count
            do {
                let fetched = try await resolver.eutils.fetch(pmids: batch)
                let records = fetched.records.map {
                    FetchedRecord(record: $0.record, kind: "pubmed-xml", origin: fetched.url, raw: $0.raw)
                }
                try store.save(records)
                for r in fetched.records { if let p = r.record.item.pmid { found[p] = r.record } }
            } catch {
                lastError = String(describing: error)
            }
        }
        return (found, lastError)
    }

    // MARK: Identifiers

    mutating func identifiers() async {
        stage("identifiers")
        let withPMID = open.filter { inputs[$0].item.pmid.flatMap(Identifiers.normalizedPMID) != nil }
        if !withPMID.isEmpty {
            let pmids = withPMID.compactMap { inputs[$0].item.pmid.flatMap(Identifiers.normalizedPMID) }
            let (records, error) = await records(pmids: pmids)
            for i in withPMID {
                guard let p = inputs[i].item.pmid.flatMap(Identifiers.normalizedPMID) else { continue }
                if let r = records[p] { decide(i, [r], by: "identifier") } else if let error { errors[i] = error }
            }
        }
        // DOIs: PubMed first (its records carry MeSH and publication types), then Crossref.
        for i in open {
            guard let doi = inputs[i].item.doi.flatMap(Identifiers.normalizedDOI) else { continue }
            if let r = try? store.record(doi: doi), decide(i, [r], by: "identifier") { continue }
            switch await pubmedID(term: "\"\(doi)\"[aid]", key: "pubmed-doi:\(doi)") {
            case .success(let pmid?):
                let (records, error) = await records(pmids: [pmid])
                if let r = records[pmid] { decide(i, [r], by: "identifier") } else if let error { errors[i] = error }
            case .success(nil):
                await crossrefWork(i, doi: doi)
            case .failure(let error):
                errors[i] = String(describing: error)
            }
        }
        for i in open {
            guard let pmcid = inputs[i].item.pmcid.flatMap(Identifiers.normalizedPMCID) else { continue }
            switch await pubmedID(term: "\(pmcid)[pmcid]", key: "pubmed-pmcid:\(pmcid)") {
            case .success(let pmid?):
                let (records, error) = await records(pmids: [pmid])
                if let r = records[pmid] { decide(i, [r], by: "identifier") } else if let error { errors[i] = error }
            case .success(nil): break
            case .failure(let error): errors[i] = String(describing: error)
            }
        }
    }

    /// The one PMID an identifier search finds, through the look-up cache.
    mutating func pubmedID(term: String, key: String) async -> Result<String?, ResolveError> {
        if let cached = try? store.lookup(key, maxAge: resolver.maxAge) { return .success(cached) }
        do {
            let answer = try await resolver.eutils.search(term: term, retmax: 2)
            let pmid = answer.ids.count == 1 ? answer.ids[0] : nil
            try? store.saveLookup(key, answer: pmid)
            return .success(pmid)
        } catch let error as ResolveError {
            return .failure(error)
        } catch {
            return .failure(.transport(url: term, reason: String(describing: error)))
        }
    }

    mutating func crossrefWork(_ i: Int, doi: String) async {
        let key = "crossref-doi:\(doi)"
        if let cached = try? store.lookup(key, maxAge: resolver.maxAge) {
            if cached != nil, let r = try? store.record(doi: doi) { decide(i, [r], by: "identifier") }
            return
        }
        do {
            if let work = try await resolver.crossref.work(doi: doi) {
                let record = Record(item: work.item)
                try store.save([FetchedRecord(record: record, kind: "crossref", origin: work.url, raw: work.raw)])
                try? store.saveLookup(key, answer: doi)
                decide(i, [record], by: "identifier")
            } else {
                try? store.saveLookup(key, answer: nil)
            }
        } catch {
            errors[i] = String(describing: error)
        }
    }

    // MARK: ECitMatch

    mutating func citationMatch() async {
        stage("citation matching")
        var pmidsOf: [Int: [String]] = [:]
        var ask: [(Int, CitationMatchQuery)] = []
        for i in open {
            guard let query = CitationMatchQuery(item: inputs[i].item, key: "ref\(i)") else { continue }
            if let cached = try? store.lookup(query.cacheKey, maxAge: resolver.maxAge) {
                pmidsOf[i] = Self.ids(cached)
            } else {
                ask.append((i, query))
            }
        }
        var start = 0
        while start < ask.count {
            let batch = Array(ask[start..<min(start + EUtilsClient.citationMatchBatch, ask.count)])
            start += batch.count
            do {
                let results = try await resolver.eutils.citationMatch(batch.map(\.1))
                for (i, query) in batch {
                    let answer: String?
                    switch results[query.key] {
                    case .found(let pmid)?: answer = pmid
                    case .ambiguous(let pmids)? where !pmids.isEmpty: answer = pmids.prefix(5).joined(separator: ",")
                    default: answer = nil
                    }
                    try? store.saveLookup(query.cacheKey, answer: answer)
                    pmidsOf[i] = Self.ids(answer)
                }
            } catch {
                for (i, _) in batch { errors[i] = String(describing: error) }
            }
        }
        await decideAmong(pmidsOf, by: "ecitmatch")
    }

    /// Fetches the candidates' records in shared batches and decides each reference among its own.
    mutating func decideAmong(_ pmidsOf: [Int: [String]], by name: String) async {
        let order = pmidsOf.keys.sorted()
        let all = order.flatMap { pmidsOf[$0] ?? [] }
        guard !all.isEmpty else { return }
        let (records, error) = await records(pmids: all)
        for i in order {
            let candidates = (pmidsOf[i] ?? []).compactMap { records[$0] }
            if !decide(i, candidates, by: name), candidates.count < (pmidsOf[i] ?? []).count, let error { errors[i] = error }
        }
    }

    static func ids(_ answer: String??) -> [String] {
        guard case .some(.some(let text)) = answer else { return [] }
        return text.split(separator: ",").map(String.init)
    }

    // MARK: ESearch

    mutating func fieldSearch() async {
        stage("PubMed search")
        var pmidsOf: [Int: [String]] = [:]
        for i in open {
            guard let term = SearchTerm.term(for: inputs[i].item) else { continue }
            let key = "esearch:\(term)"
            if let cached = try? store.lookup(key, maxAge: resolver.maxAge) {
                pmidsOf[i] = Self.ids(cached)
                continue
            }
            do {
                let answer = try await resolver.eutils.search(term: term, retmax: 5)
                let joined = answer.ids.isEmpty ? nil : answer.ids.joined(separator: ",")
                try? store.saveLookup(key, answer: joined)
                pmidsOf[i] = answer.ids
            } catch {
                errors[i] = String(describing: error)
            }
        }
        await decideAmong(pmidsOf, by: "esearch")
    }

    // MARK: Crossref

    mutating func crossrefQuery() async {
        stage("Crossref")
        for i in open {
            let text = inputs[i].text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard text.count >= 20 else { continue }
            let key = "crossref-query:\(text)"
            if let cached = try? store.lookup(key, maxAge: resolver.maxAge) {
                let records = Self.ids(cached).compactMap { try? store.record(doi: $0) }
                decide(i, records, by: "crossref")
                continue
            }
            do {
                let (works, url) = try await resolver.crossref.match(bibliographic: text)
                let fetched = works.map { FetchedRecord(record: Record(item: $0.item), kind: "crossref", origin: url, raw: $0.raw) }
                try store.save(fetched)
                let dois = works.compactMap { $0.item.doi }
                try? store.saveLookup(key, answer: dois.isEmpty ? nil : dois.joined(separator: ","))
                decide(i, fetched.map(\.record), by: "crossref")
            } catch {
                errors[i] = String(describing: error)
            }
        }
    }
}
