import Bibliography

extension AuthorList {
    /// Words that name a part of an organisation rather than a whole one.
    static let subunitWords: Set<String> = [
        "committee", "subcommittee", "department", "office", "division", "board", "panel", "section",
        "unit", "bureau", "branch", "directorate", "secretariat", "task", "working", "program",
        "programme", "service", "services", "commission",
    ]

    /// Citing Medicine writes an organisation's part before the whole, separated by a comma
    /// (`Committee on Future Army Applications, National Research Council`), and separate
    /// organisations with semicolons. Two group names that the source joins with a comma, the first
    /// naming a part (`Committee`, `Department`, `Office` …), are one author.
    /// - Parameters:
    ///   - names: the author list as read.
    ///   - source: the text the list was read from (made only when two group names stand side by side).
    /// - Returns: the list with each part joined to the organisation after it.
    static func joiningOrganisationParts(_ names: [Name], source: @autoclosure () -> String) -> [Name] {
        guard names.count >= 2 else { return names }
        var out: [Name] = []
        for name in names {
            if let last = out.last, let part = last.literal, let whole = name.literal,
                isSubunit(part), part.contains(" "), whole.contains(" "),
                source().contains(part + ", " + whole)
            {
                out[out.count - 1] = .literal(part + ", " + whole)
                continue
            }
            out.append(name)
        }
        return out
    }

    private static func isSubunit(_ name: String) -> Bool {
        name.split(separator: " ").contains { subunitWords.contains($0.lowercased()) }
    }
}
