import ArgumentParser
import Foundation

/// The `cite` command: checks citations, converts and formats bibliographies.
struct Cite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Check a page's citations against the records, grade their evidence, and render bibliographies.",
        subcommands: [
            CheckCommand.self,
            ReferencesCommand.self,
            ConvertCommand.self,
            StatsCommand.self,
            SupportCommand.self,
            FormatCommand.self,
            ParseReferenceCommand.self,
            LibraryCommand.self,
            ResolveCommand.self,
            RenderCommand.self,
            ReportCommand.self,
        ]
    )
}

/// Runs an async subcommand's `async` entry point (an existential would pick the synchronous one).
func runAsync<Command: AsyncParsableCommand>(_ command: Command) async throws {
    var command = command
    try await command.run()
}

// Exit codes of DESIGN.md: 0 clean, 1 findings at or above --fail-on, 2 bad usage or unreadable input.
do {
    var command = try Cite.parseAsRoot()
    if let asyncCommand = command as? any AsyncParsableCommand {
        try await runAsync(asyncCommand)
    } else {
        try command.run()
    }
} catch let code as ExitCode {
    Cite.exit(withError: code)
} catch {
    if Cite.exitCode(for: error) == .success { Cite.exit(withError: error) }
    Terminal.error(Cite.message(for: error))
    Cite.exit(withError: ExitCode(2))
}
