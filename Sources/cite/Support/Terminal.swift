import Foundation

/// Where output goes: results on stdout, messages for people on stderr; colour only on a terminal
/// and never when `NO_COLOR` is set.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether stdout output may be coloured: a terminal, and `NO_COLOR` unset or empty.
    static var colourStdout: Bool {
        stdoutIsTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true)
    }
}
