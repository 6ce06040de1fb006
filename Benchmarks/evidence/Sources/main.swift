import Bibliography
import Evidence
import Foundation
import Verification

// evidence-eval [--data DIR] [matching|scifact|all] [--sweep] [--errors N] [--tune] [--fit] [--crossfit] [--misses]
// DIR defaults to <package root>/../shared.

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let dataDir = option("--data").map { URL(fileURLWithPath: $0) } ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
let what = arguments.first { ["matching", "scifact", "all"].contains($0) } ?? "all"
let sweep = arguments.contains("--sweep")
let showErrors = option("--errors").flatMap(Int.init) ?? 0

/// Unbuffered output, so long runs show progress.
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("evidence-eval: \(message)\n".utf8))
    exit(2)
}

if what == "matching" || what == "all" {
    let file = dataDir.appendingPathComponent("refparse/pmc_matching_dev.jsonl")
    guard let bench = try? MatchingBenchmark(file: file) else { fail("cannot read \(file.path)") }
    say("Matching: \(bench.entries.count) strings, \(bench.records().count) candidate records (\(file.lastPathComponent))")
    for keep in [false, true] {
        let start = Date()
        let r = bench.run(keepIdentifiers: keep, threshold: RecordMatcher.defaultThreshold, sweep: sweep && !keep, showErrors: keep ? 0 : showErrors)
        let seconds = Date().timeIntervalSince(start)
        say(String(format: "  %@: matched %d, correct %d of %d → precision %.4f, recall %.4f (%.1f s)",
                     keep ? "identifiers kept    " : "identifiers stripped", r.matched, r.correct, r.total, r.precision, r.recall, seconds))
    }
}

if what == "scifact" || what == "all" {
    let dir = dataDir.appendingPathComponent("scifact")
    guard let bench = try? SciFactBenchmark(directory: dir) else { fail("cannot read \(dir.path)") }
    say("SciFact: \(bench.items.count) abstracts, \(bench.claims.count) train claims with evidence")
    if arguments.contains("--tune") {
        // Indexing settings outside, scoring settings inside (no re-indexing for those).
        for tw in [1.0, 2.0, 3.0] {
            let base = ClaimRanker(items: bench.items, parameters: BM25Parameters(titleWeight: tw))
            for k1 in [0.7, 0.9, 1.2] { for b in [0.5, 0.6, 0.75] { for sw in [0.0, 0.25, 0.5, 0.75] {
                let r = bench.recall(bench.split(tuning: true), ranker: base.rescored(k1: k1, b: b, sentenceWeight: sw))
                say(String(format: "  title %.0f k1 %.1f b %.2f sentence %.2f: tuning recall@3 %.4f", tw, k1, b, sw, r.micro))
            } } }
        }
    }
    // What `cite support rank` does: index the library, then rank every claim (top 10).
    let started = Date()
    let timed = ClaimRanker(items: bench.items)
    let indexed = Date()
    for claim in bench.claims { _ = timed.rank(claim.text, top: 10) }
    say(String(format: "  speed: indexing %d items %.2f s, ranking %d claims %.2f s", bench.items.count, indexed.timeIntervalSince(started), bench.claims.count, Date().timeIntervalSince(indexed)))
    let unweighted = ClaimRanker(items: bench.items, termWeighting: nil)
    var ranker = unweighted
    ranker.termWeighting = .fitted
    /// Fits the term weighting on `claims` and picks its exponent there (0: no weighting beats it).
    func fitWeighting(on claims: [SciFactBenchmark.Claim], log: Bool) -> (coefficients: [Double], exponent: Double, samples: Int) {
        let samples = bench.termSamples(claims, ranker: unweighted)
        guard let coefficients = try? LogisticFitter().fit(samples) else { fail("the term samples do not share one feature layout") }
        var best = (exponent: 0.0, recall: bench.recall(claims, ranker: unweighted).micro)
        var trial = unweighted
        for exponent in [0.5, 1, 1.5, 2, 3] {
            trial.termWeighting = QueryTermWeighting(coefficients: coefficients, exponent: exponent)
            let r = bench.recall(claims, ranker: trial).micro
            if log { say(String(format: "    exponent %.1f: recall@3 %.4f on the claims fitted", exponent, r)) }
            if r > best.recall { best = (exponent, r) }
        }
        return (coefficients, best.exponent, samples.count)
    }
    func weighting(_ fit: (coefficients: [Double], exponent: Double, samples: Int)) -> QueryTermWeighting? {
        fit.exponent > 0 ? QueryTermWeighting(coefficients: fit.coefficients, exponent: fit.exponent) : nil
    }
    if arguments.contains("--fit") {
        // Refit the query-term weighting on the tuning split (even ids) only; choose the exponent there too.
        let fit = fitWeighting(on: bench.split(tuning: true), log: true)
        say("  fitted term-weight coefficients (\(fit.samples) claim terms of the tuning split): intercept \(String(format: "%.4f", fit.coefficients.first ?? 0))")
        for (feature, c) in zip(TermFeature.allCases, fit.coefficients.dropFirst()) { say(String(format: "    %@: %.4f", feature.rawValue, c)) }
        say("  QueryTermWeighting(coefficients: [" + fit.coefficients.map { String(format: "%.4f", $0) }.joined(separator: ", ") + "], exponent: \(fit.exponent))")
        ranker.termWeighting = weighting(fit)
    }
    if arguments.contains("--crossfit") {
        // Two-fold cross-fitting: fit the term weighting (coefficients and exponent) on one half,
        // measure on the other, then swap; every claim is ranked by a model not fitted on it.
        var pooled = SciFactBenchmark.Recall()
        for fitOnEven in [true, false] {
            let fit = fitWeighting(on: bench.split(tuning: fitOnEven), log: false)
            var fold = unweighted
            fold.termWeighting = weighting(fit)
            let r = bench.recall(bench.split(tuning: !fitOnEven), ranker: fold)
            pooled.found += r.found
            pooled.gold += r.gold
            pooled.claimSum += r.claimSum
            pooled.claims += r.claims
            say(String(format: "  cross-fit: fitted on %@ ids (exponent %.1f), measured on %@ ids: recall@3 %.4f (%d of %d; per-claim mean %.4f)",
                         fitOnEven ? "even" : "odd", fit.exponent, fitOnEven ? "odd" : "even", r.micro, r.found, r.gold, r.macro))
        }
        say(String(format: "  cross-fit, all train claims each measured out of fold: recall@3 %.4f (%d of %d; per-claim mean %.4f)",
                     pooled.micro, pooled.found, pooled.gold, pooled.macro))
    }
    if arguments.contains("--misses") {
        say("  ranks of missed gold abstracts (tuning split): \(bench.missRanks(bench.split(tuning: true), ranker: ranker).sorted { $0.key < $1.key })")
    }
    for (label, r) in [("claim terms unweighted", unweighted), ("claim terms weighted", ranker)] {
        say("  \(label):")
        for (name, claims) in [("held-out (odd ids)", bench.split(tuning: false)), ("tuning (even ids)", bench.split(tuning: true)), ("all train", bench.claims)] {
            let result = bench.recall(claims, ranker: r)
            say(String(format: "    %@: %d claims, recall@3 %.4f over %d gold abstracts (per-claim mean %.4f)", name, result.claims, result.micro, result.gold, result.macro))
        }
    }
}
