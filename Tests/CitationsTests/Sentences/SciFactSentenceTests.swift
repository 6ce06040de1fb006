import Foundation
import Testing
@testable import Citations

/// SciFact's corpus gives each abstract as a list of sentences: joined with spaces, they are a gold
/// standard for sentence splitting on scientific prose (decimals, gene names, abbreviations, statistics).
@Suite("Sentence splitting against SciFact")
struct SciFactSentenceTests {
    static let corpus = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/scifact/corpus.jsonl")

    @Test("recovers at least 95% of the gold sentences of 1,000 abstracts, with few false splits",
          .enabled(if: FileManager.default.fileExists(atPath: corpus.path)))
    func agreement() throws {
        let data = try String(contentsOf: Self.corpus, encoding: .utf8)
        var gold = 0
        var predicted = 0
        var matched = 0
        for line in data.split(separator: "\n").prefix(1000) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let sentences = (object?["abstract"] as? [String] ?? [])
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: " ") }
                .filter { !$0.isEmpty }
            let text = Array(sentences.joined(separator: " "))
            let blocks = BlockSplitter(text: text, excluded: []).blocks()
            let split = SentenceSplitter(text: text, markers: []).split(blocks: blocks).map { String(text[$0.range]) }
            let expected = Set(sentences)
            gold += sentences.count
            predicted += split.count
            matched += split.count { expected.contains($0) }
        }
        let recall = Double(matched) / Double(gold)
        let precision = Double(matched) / Double(predicted)
        #expect(gold > 8000)
        #expect(recall >= 0.95, "recall \(recall)")
        #expect(precision >= 0.97, "precision \(precision)")
    }
}
