import ArgumentParser
import Foundation
import Library

extension RecordLibrary.ExportFormat: ExpressibleByArgument {}

/// `cite library`: the local record library (add, search, show, export, stats).
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Manage the local record library (SQLite): add record files, search, show, export, count, merge duplicates.",
        discussion: """
            The library is --library PATH, else $CITEKIT_LIBRARY, else the user data folder \
            ($XDG_DATA_HOME/citekit/library.sqlite, ~/.local/share/citekit/library.sqlite; on macOS \
            ~/Library/Application Support/CiteKit/library.sqlite). Several processes may use it at once.
            """,
        subcommands: [
            LibraryAddCommand.self, LibrarySearchCommand.self, LibraryShowCommand.self,
            LibraryExportCommand.self, LibraryStatsCommand.self, LibraryDedupeCommand.self,
        ]
    )
}

/// The `--library` option every library subcommand takes.
struct LibraryLocation: ParsableArguments {
    @Option(name: .customLong("library"), help: "The library file (default: $CITEKIT_LIBRARY, else the user data folder).")
    var path: String?

    /// Opens the library, errors as one line naming the file.
    func open() throws -> RecordLibrary {
        do {
            return try RecordLibrary(path: path ?? RecordLibrary.defaultPath())
        } catch let error as LibraryError {
            throw CommandError(error.description)
        }
    }
}

/// Runs a library call, turning a ``LibraryError`` into a one-line command error (exit 2).
func libraryCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as LibraryError {
        throw CommandError(error.description)
    }
}

/// JSON as the library commands print it: sorted keys, pretty, ISO 8601 dates.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    var data = try encoder.encode(value)
    data.append(0x0A)
    FileHandle.standardOutput.write(data)
}
