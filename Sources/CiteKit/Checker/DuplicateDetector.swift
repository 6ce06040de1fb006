import Bibliography

/// Finds reference-list entries that describe the same work.
enum DuplicateDetector {
    static func findings(_ references: [ReferenceReport]) -> [Finding] {
        var findings: [Finding] = []
        for (i, later) in references.enumerated() {
            guard let earlier = references[..<i].first(where: { sameWork($0.item, later.item) }) else { continue }
            findings.append(Finding(
                code: .duplicateReference, severity: .warning,
                message: "reference \(later.number) describes the same work as reference \(earlier.number); cite \(earlier.number) and remove the duplicate entry",
                reference: later.number, location: later.location))
        }
        return findings
    }

    /// Same identifier, or the same title and year.
    static func sameWork(_ a: Item, _ b: Item) -> Bool {
        if let x = a.doi.flatMap(Identifiers.normalizedDOI), let y = b.doi.flatMap(Identifiers.normalizedDOI) { return x == y }
        if let x = a.pmid.flatMap(Identifiers.normalizedPMID), let y = b.pmid.flatMap(Identifiers.normalizedPMID) { return x == y }
        guard let ta = a.title.map(normalizedTitle), let tb = b.title.map(normalizedTitle), !ta.isEmpty else { return false }
        return ta == tb && a.year == b.year
    }

    static func normalizedTitle(_ title: String) -> String {
        String(title.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }
}
