import Bibliography
import Foundation
import TestSupport
@testable import PubMed

/// Locates test inputs: `Fixtures/pubmed/` in the package, and `../shared/pubmed` beside it.
enum Fixtures {
    static var packageRoot: URL { PackagePaths.root }

    static func url(_ relative: String) -> URL {
        packageRoot.appendingPathComponent("Fixtures/pubmed").appendingPathComponent(relative)
    }

    /// `../shared/pubmed`, or `nil` when the shared data is absent (tests then skip).
    static let sharedPubMed: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/pubmed")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("MANIFEST.tsv").path) ? url : nil
    }()

    /// Every record of a real fixture file.
    static func records(_ relative: String) throws -> [Record] {
        try PubMedReader.records(contentsOf: url("real/" + relative))
    }

    /// The record with a PMID in a real fixture file.
    static func record(_ pmid: String, in relative: String) throws -> Record? {
        try records(relative).first { $0.metadata.pmid == pmid }
    }

    /// Reads XML text given inline.
    static func read(_ xml: String, name: String = "inline.xml") -> PubMedReadResult {
        do {
            return PubMedReader.readAll(try PubMedReader(data: Data(xml.utf8), name: name))
        } catch {
            var result = PubMedReadResult(file: name)
            result.error = error as? PubMedError
            return result
        }
    }
}
