import Bibliography
import Evidence
import Foundation
import Verification

// evidence-eval [--data DIR] [matching|scifact|all] [--sweep] [--errors N] [--tune]
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

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("evidence-eval: \(message)\n".utf8))
    exit(2)
}

if what == "matching" || what == "all" {
    let file = dataDir.appendingPathComponent("refparse/pmc_matching_dev.jsonl")
    guard let bench = try? MatchingBenchmark(file: file) else { fail("cannot read \(file.path)") }
    print("Matching: \(bench.entries.count) strings, \(bench.records().count) candidate records (\(file.lastPathComponent))")
    for keep in [false, true] {
        let start = Date()
        let r = bench.run(keepIdentifiers: keep, threshold: RecordMatcher.defaultThreshold, sweep: sweep && !keep, showErrors: keep ? 0 : showErrors)
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "  %@: matched %d, correct %d of %d → precision %.4f, recall %.4f (%.1f s)",
                     keep ? "identifiers kept    " : "identifiers stripped", r.matched, r.correct, r.total, r.precision, r.recall, seconds))
    }
}

if what == "scifact" || what == "all" {
    let dir = dataDir.appendingPathComponent("scifact")
    guard let bench = try? SciFactBenchmark(directory: dir) else { fail("cannot read \(dir.path)") }
    print("SciFact: \(bench.items.count) abstracts, \(bench.claims.count) train claims with evidence")
    if arguments.contains("--tune") {
        let tuning = bench.split(tuning: true)
        let grid = [0.9, 1.2, 1.5].flatMap { k1 in [0.6, 0.75, 0.9].flatMap { b in [1.0, 2.0, 3.0].flatMap { tw in [0.0, 0.3, 0.6].map { (k1, b, tw, $0) } } } }
        for (k1, b, tw, bg) in grid {
            let p = BM25Parameters(k1: k1, b: b, titleWeight: tw, bigramWeight: bg)
            let r = bench.recall(tuning, ranker: ClaimRanker(items: bench.items, parameters: p))
            print(String(format: "  k1 %.1f b %.2f title %.0f bigram %.1f: tuning recall@3 %.4f", k1, b, tw, bg, r.micro))
        }
    }
    let ranker = ClaimRanker(items: bench.items)
    for (name, claims) in [("held-out (odd ids)", bench.split(tuning: false)), ("tuning (even ids)", bench.split(tuning: true)), ("all train", bench.claims)] {
        let r = bench.recall(claims, ranker: ranker)
        print(String(format: "  %@: %d claims, recall@3 %.4f over %d gold abstracts (per-claim mean %.4f)", name, r.claims, r.micro, r.gold, r.macro))
    }
}
