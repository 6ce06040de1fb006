import ArgumentParser

/// The `cite` command: checks citations, converts and formats bibliographies.
struct Cite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Check a page's citations against the records, grade their evidence, and render bibliographies.",
        subcommands: [
            // One line a subcommand, each in Commands/.
            FormatCommand.self,
        ]
    )
}

Cite.main()
