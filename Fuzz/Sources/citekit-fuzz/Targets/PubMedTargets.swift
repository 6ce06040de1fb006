import Foundation
import PubMed

extension FuzzTarget {
    /// The streaming PubMed XML reader: from memory, and from a gzipped file (libxml2's zlib input).
    static let pubMedTargets: [FuzzTarget] = [
        FuzzTarget(name: "pubmed", dictionary: "pubmed", summary: "PubMedReader over XML in memory, every record") { data in
            guard let reader = try? PubMedReader(data: data, name: "fuzz.xml") else { return }
            FuzzTarget.drain(reader)
        },
        FuzzTarget(name: "pubmed-gzip", dictionary: "pubmed", summary: "PubMedReader over a .xml.gz file") { data in
            let file = Checkout.scratch.appendingPathComponent("input.xml.gz")
            guard (try? data.write(to: file)) != nil, let reader = try? PubMedReader(contentsOf: file) else { return }
            FuzzTarget.drain(reader)
        },
    ]

    /// Reads every record until the end or the first error, as `cite` does.
    private static func drain(_ reader: PubMedReader) {
        while let entry = try? reader.next() { _ = entry }
    }
}
