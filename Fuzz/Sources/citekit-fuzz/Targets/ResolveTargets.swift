import Foundation
@testable import Resolve

extension FuzzTarget {
    /// The parsers of remote answers: E-utilities ESearch, EFetch and ECitMatch, and Crossref's
    /// singleton and list envelopes (parsers only: no network).
    static let resolveTargets: [FuzzTarget] = [
        FuzzTarget(name: "eutils-search", dictionary: "eutils", summary: "SearchAnswer.parse (ESearch XML)") { data in
            _ = try? SearchAnswer.parse(data, url: "fuzz:esearch")
        },
        FuzzTarget(name: "eutils-fetch", dictionary: "pubmed", summary: "FetchedArticles.parse (EFetch PubmedArticleSet)") { data in
            _ = try? FetchedArticles.parse(data, url: "fuzz:efetch")
        },
        FuzzTarget(name: "eutils-citmatch", dictionary: "citmatch", summary: "CitationMatchResult.parse (ECitMatch lines)") { data in
            _ = try? CitationMatchResult.parse(data.text, url: "fuzz:ecitmatch")
        },
        FuzzTarget(name: "crossref", dictionary: "crossref", summary: "CrossrefAnswer.work and .works (JSON envelopes)") { data in
            let answer = HTTPAnswer(url: FuzzTarget.url, status: 200, headers: ["content-type": "application/json"], body: data)
            _ = try? CrossrefAnswer.work(answer)
            _ = try? CrossrefAnswer.works(answer)
        },
    ]

    private static let url = URL(fileURLWithPath: "/fuzz/crossref")
}
