import Foundation

// dedupe-eval generate SHARED OUT [--seed N] [--works N]: the evaluation library's files and truth.
// dedupe-eval score TRUTH REPORT.json: precision and recall of `cite library dedupe --dry-run --format json`.
// dedupe-eval score-library TRUTH LIBRARY: the same for a library whose imports merged records.
let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: Int) -> Int {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let v = Int(arguments[i + 1]) else { return fallback }
    return v
}
do {
    switch arguments.first {
    case "generate" where arguments.count >= 3:
        let generator = Generator(
            shared: URL(fileURLWithPath: arguments[1]), seed: UInt64(option("--seed", 13)), works: option("--works", 400))
        try generator.run(out: URL(fileURLWithPath: arguments[2]))
    case "score" where arguments.count >= 3:
        let truth = try Truth.load(URL(fileURLWithPath: arguments[1]))
        try Scorer.score(truth: truth, clusters: try Scorer.clusters(report: URL(fileURLWithPath: arguments[2])))
    case "score-library" where arguments.count >= 3:
        let truth = try Truth.load(URL(fileURLWithPath: arguments[1]))
        try Scorer.score(truth: truth, clusters: try Scorer.clusters(library: arguments[2]))
    default:
        FileHandle.standardError.write(Data("usage: dedupe-eval generate SHARED OUT [--seed N] [--works N] | score TRUTH REPORT.json | score-library TRUTH LIBRARY\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("dedupe-eval: \(error)\n".utf8))
    exit(2)
}
