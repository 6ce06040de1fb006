import ArgumentParser
import CSL
import Foundation

/// Runs the CSL test-suite fixtures of a directory and prints a pass table by category.
@main
struct Conformance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csl-conformance",
        abstract: "Run CSL test-suite fixtures against CiteKit's CSL processor.")

    @Argument(help: "A directory of fixture .txt files.")
    var directory: String

    @Option(help: "Locale directory (default: ../shared/csl/locales beside the package, else References/locales).")
    var locales: String?

    @Option(help: "Only fixtures whose name matches this glob (e.g. 'name_*').")
    var filter: String?

    @Option(name: .customLong("list-failures"), help: "Write failing fixture names with expected and actual output here.")
    var listFailures: String?

    @Option(help: "Seconds allowed per fixture.")
    var timeout: Double = 10

    @Option(help: "Run one fixture in this process and print its output (used by the runner's child processes).")
    var single: String?

    func run() throws {
        let localeDir = resolvedLocales()
        if let single {
            let fixture = try Fixture(url: URL(fileURLWithPath: single))
            let out = try fixture.run(locales: LocaleStore(directory: localeDir))
            FileHandle.standardOutput.write(Data(out.utf8))
            return
        }
        let dir = URL(fileURLWithPath: directory)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        } catch {
            FileHandle.standardError.write(Data("\(directory): cannot read fixture directory\n".utf8))
            throw ExitCode(2)
        }
        let selected = names.filter { n in filter.map { fnmatch($0, n, 0) == 0 || fnmatch($0 + ".txt", n, 0) == 0 } ?? true }
        let results = runAll(selected.map { dir.appendingPathComponent($0) }, localeDir: localeDir)
        report(results)
    }

    func resolvedLocales() -> URL {
        if let locales { return URL(fileURLWithPath: locales) }
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/csl/locales")
        if FileManager.default.fileExists(atPath: shared.path) { return shared }
        return StyleLibrary.localesDirectory() ?? root.appendingPathComponent("References/locales")
    }

    struct Result: Sendable {
        var name: String
        var category: String
        var passed: Bool
        var expected: String
        var actual: String
    }

    /// Runs each fixture in a child process with a deadline, two at a time.
    func runAll(_ urls: [URL], localeDir: URL) -> [Result] {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).path
        let box = ResultBox(count: urls.count)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = max(2, ProcessInfo.processInfo.activeProcessorCount)
        let timeout = self.timeout
        for (i, url) in urls.enumerated() {
            queue.addOperation {
                box.set(i, Conformance.runChild(executable: executable, url: url, localeDir: localeDir, timeout: timeout))
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        return box.results.compactMap { $0 }
    }

    static func runChild(executable: String, url: URL, localeDir: URL, timeout: Double) -> Result {
        let name = url.deletingPathExtension().lastPathComponent
        let category = String(name.split(separator: "_").first ?? Substring(name))
        guard let fixture = try? Fixture(url: url) else {
            return Result(name: name, category: category, passed: false, expected: "", actual: "(unreadable fixture)")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = [url.deletingLastPathComponent().path, "--single", url.path, "--locales", localeDir.path]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch {
            return Result(name: name, category: category, passed: false, expected: fixture.expected, actual: "(cannot start: \(error))")
        }
        let deadline = Date().addingTimeInterval(timeout)
        let reader = PipeReader(out)
        let errReader = PipeReader(err)
        while p.isRunning && Date() < deadline { usleep(2000) }
        var actual: String
        if p.isRunning {
            p.terminate()
            p.waitUntilExit()
            actual = "(timed out after \(timeout) s)"
        } else {
            p.waitUntilExit()
            actual = reader.text()
            if p.terminationStatus != 0 { actual = "(error) " + errReader.text() }
        }
        let passed = actual.trimmingCharacters(in: .whitespacesAndNewlines) == fixture.expected.trimmingCharacters(in: .whitespacesAndNewlines)
        return Result(name: name, category: category, passed: passed, expected: fixture.expected, actual: actual)
    }

    func report(_ results: [Result]) {
        var table: [String: (pass: Int, fail: Int)] = [:]
        for r in results {
            var e = table[r.category] ?? (0, 0)
            if r.passed { e.pass += 1 } else { e.fail += 1 }
            table[r.category] = e
        }
        print("category".padding(toLength: 16, withPad: " ", startingAt: 0) + "  passed  failed")
        for (cat, e) in table.sorted(by: { $0.key < $1.key }) {
            print(cat.padding(toLength: 16, withPad: " ", startingAt: 0)
                  + String(format: "  %6d  %6d", e.pass, e.fail))
        }
        let passed = results.filter(\.passed).count
        if let listFailures {
            var s = ""
            for r in results where !r.passed {
                s += "=== \(r.name)\n--- expected\n\(r.expected)\n--- actual\n\(r.actual)\n\n"
            }
            try? s.write(toFile: listFailures, atomically: true, encoding: .utf8)
        }
        let pct = results.isEmpty ? 0 : Double(passed) * 100 / Double(results.count)
        print(String(format: "pass rate %.1f%%", pct))
        print("\(passed) passed, \(results.count - passed) failed")
    }
}

/// Collects results from worker operations.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var results: [Conformance.Result?]
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Conformance.Result) {
        lock.lock()
        results[i] = r
        lock.unlock()
    }
}

/// Drains a pipe on a background thread so a child never blocks on a full pipe.
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            let d = handle.readDataToEndOfFile()
            lock.lock()
            data = d
            lock.unlock()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}
