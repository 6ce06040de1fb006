extension ParseState {
    /// Reports missing essentials (`reference-incomplete`): a year, a title, and for articles and
    /// chapters the container.
    mutating func checkCompleteness() {
        var missing: [String] = []
        if item.issued == nil { missing.append("year") }
        if item.title == nil { missing.append("title") }
        if item.containerTitle == nil, item.type == .articleJournal || item.type == .chapter {
            missing.append(item.type == .chapter ? "book title" : "journal")
        }
        if item.author.isEmpty, item.editor.isEmpty, item.type != .webpage { missing.append("author") }
        guard !missing.isEmpty else { return }
        let what = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " or " + (missing.last ?? "")
        let required: String
        switch item.type {
        case .articleJournal: required = "author, title, journal, year, volume and pages"
        case .chapter: required = "author, title, editors, book title, place, publisher, year and pages"
        case .webpage: required = "title, URL, date of publication or update, and date cited"
        default: required = "author, title, place, publisher and year"
        }
        report(
            .referenceIncomplete, .warning,
            "The reference has no \(what) that could be read; Citing Medicine requires \(required).",
            range: 0..<text.count)
    }

    /// The share of the fields expected for the item's type that were found, less 0.05 per repair or finding.
    var confidence: Double {
        let expected: [Bool]
        switch item.type {
        case .articleJournal:
            expected = [!item.author.isEmpty, item.title != nil, item.containerTitle != nil, item.issued != nil, item.volume != nil, item.page != nil]
        case .chapter:
            expected = [!item.author.isEmpty, item.title != nil, item.containerTitle != nil, item.issued != nil, item.publisher != nil]
        case .webpage:
            expected = [item.title != nil, item.url != nil || item.doi != nil, item.issued != nil]
        default:
            expected = [!item.author.isEmpty || !item.editor.isEmpty, item.title != nil, item.issued != nil, item.publisher != nil]
        }
        let found = Double(expected.filter { $0 }.count) / Double(expected.count)
        let penalty = 0.05 * Double(diagnostics.count)
        return max(0, min(1, found - penalty))
    }
}

import Bibliography
