import Foundation
import TestSupport

/// Runs the built `cite` executable and captures what it prints.
struct CLIProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var packageRoot: URL { PackagePaths.root }

    /// The `cite` binary beside the test bundle in the build folder.
    static var executable: URL? {
        var candidates: [URL] = []
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0])
        candidates.append(argv0.deletingLastPathComponent().appendingPathComponent("cite"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("cite"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("cite"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        // The user's own library must not change what the tests see: by default none exists.
        env["CITEKIT_LIBRARY"] = FileManager.default.temporaryDirectory.appendingPathComponent("cite-tests-no-library/library.sqlite").path
        for (k, v) in environment { env[k] = v }
        process.environment = env
        // stderr goes to a file so that a child filling both pipes cannot block on the one not being read.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("cite-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let out = Pipe()
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = try Data(contentsOf: errURL)
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs the executable on a Dispatch thread, so that waiting for it never blocks a thread of
    /// Swift's cooperative pool (where a loopback server in the same test process answers it).
    static func runAsync(_ arguments: [String], environment: [String: String] = [:]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result { try run(arguments, environment: environment) })
            }
        }
    }
}
