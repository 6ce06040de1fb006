import Bibliography

/// The citation checks of a page: every marker number resolves, every reference is cited, markers use the
/// separators and ranges of Vancouver/AMA, and references are numbered in order of first citation.
struct CitationChecks {
    let claims: [Claim]
    let markers: [Marker]
    let references: [ReferenceEntry]

    func findings() -> [Finding] {
        let findings = unresolvedMarkers() + orphanReferences() + separatorIssues() + outOfOrder() + styleIssues()
        // By position; at one position by severity (errors first), then code and reference, so the order is stable.
        return findings.sorted { a, b in
            let start = SourceLocation(line: 0, column: 0)
            let (la, lb) = (a.location ?? start, b.location ?? start)
            if la != lb { return la < lb }
            if a.severity != b.severity { return a.severity > b.severity }
            if a.code != b.code { return a.code.rawValue < b.code.rawValue }
            return (a.reference ?? 0) < (b.reference ?? 0)
        }
    }

    private var claimOfMarker: [Marker: String] {
        var map: [Marker: String] = [:]
        for claim in claims {
            for marker in claim.markers { map[marker] = claim.id }
        }
        return map
    }

    private var referenceNumbers: Set<Int> { Set(references.map(\.number)) }

    func unresolvedMarkers() -> [Finding] {
        let known = referenceNumbers
        let claimIDs = claimOfMarker
        let range = references.isEmpty ? nil : "1–\(references.count)"
        return markers.flatMap { marker in
            marker.numbers.filter { !known.contains($0) }.map { number in
                let problem = range.map { "the reference list has entries \($0) only" }
                    ?? "the page has no numbered reference list"
                return Finding(
                    code: .unresolvedMarker, severity: .error,
                    message: "marker '\(marker.raw)' cites reference \(number), but \(problem); correct the number or add the reference to the list",
                    reference: number, claim: claimIDs[marker], location: marker.location)
            }
        }
    }

    func orphanReferences() -> [Finding] {
        let cited = Set(markers.flatMap(\.numbers))
        return references.filter { !cited.contains($0.number) }.map { entry in
            Finding(
                code: .orphanReference, severity: .warning,
                message: "reference \(entry.number) is never cited in the text; cite it with a marker where its evidence is used, or remove it from the list",
                reference: entry.number, location: entry.location)
        }
    }

    func separatorIssues() -> [Finding] {
        let claimIDs = claimOfMarker
        return markers.flatMap { marker in
            marker.separatorIssues.map { issue in
                Finding(
                    code: .markerSeparator, severity: .warning,
                    message: "marker '\(marker.raw)' uses '\(issue.separator)' as a list separator in '\(issue.found)'; citation numbers are separated by commas: '\(issue.suggestion)'",
                    claim: claimIDs[marker], location: issue.location, suggestion: issue.suggestion)
            }
        }
    }

    /// Vancouver/AMA number references in the order they are first cited: a reference first cited after a
    /// higher-numbered one is out of order.
    func outOfOrder() -> [Finding] {
        let claimIDs = claimOfMarker
        let known = referenceNumbers
        var cited: Set<Int> = []
        var highest = 0
        var findings: [Finding] = []
        // Author–year citations follow the list's alphabetical or numbered order by name, not by number.
        for marker in markers where marker.kind != .authorYear {
            for number in marker.numbers where known.contains(number) && !cited.contains(number) {
                cited.insert(number)
                if number < highest {
                    findings.append(Finding(
                        code: .outOfOrder, severity: .warning,
                        message: "reference \(number) is first cited after reference \(highest); number references 1, 2, 3, … in the order they are first cited (Vancouver/AMA) and renumber the list",
                        reference: number, claim: claimIDs[marker], location: marker.location))
                }
                highest = max(highest, number)
            }
        }
        return findings
    }

    /// Three or more consecutive numbers listed one by one (`1,2,3,4`, or `1-3,4,5`) are written as one range (`1-4`, `1-5`).
    func styleIssues() -> [Finding] {
        let claimIDs = claimOfMarker
        return markers.compactMap { marker in
            guard marker.kind != .authorYear else { return nil }
            let suggestion = Self.compressed(marker.numbers)
            // The marker as written, in the suggestion's alphabet: dashes unified, brackets and spaces gone.
            let written = String(marker.raw.compactMap { c -> Character? in
                if NumberList.dashes.contains(c) || c == "⁻" { return "-" }
                if c == "," { return c }
                return c.wholeNumberValue.flatMap { (0...9).contains($0) ? Character(String($0)) : nil }
            })
            guard suggestion.contains("-"), written != suggestion else { return nil }
            return Finding(
                code: .markerStyle, severity: .info,
                message: "marker '\(marker.raw)' lists consecutive numbers one by one; Vancouver/AMA join three or more consecutive numbers with a hyphen: '\(suggestion)'",
                claim: claimIDs[marker], location: marker.location, suggestion: suggestion)
        }
    }

    /// `1,2,3,4,6` → `1-4,6`; runs of two stay listed (`1,2`).
    static func compressed(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < numbers.count {
            var end = index
            while end + 1 < numbers.count, numbers[end + 1] == numbers[end] + 1 { end += 1 }
            if end - index >= 2 {
                parts.append("\(numbers[index])-\(numbers[end])")
            } else {
                parts.append(contentsOf: numbers[index...end].map(String.init))
            }
            index = end + 1
        }
        return parts.joined(separator: ",")
    }
}
