import ArgumentParser
import Foundation
import PubMed

extension PubMedConverter.Format: ExpressibleByArgument {}

/// `cite convert`: PubMed XML to CSL-JSON or JSON Lines.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert PubMed XML (plain or .gz; '-' for standard input) to CSL-JSON or JSON Lines.",
        discussion: """
            Several files are read in parallel; output keeps the input order. On an error the \
            records read before it are written, the error is reported as file:line:column and the \
            exit code is 2; with --strict nothing is written.
            """
    )

    @Argument(help: "PubMed XML files (.xml or .xml.gz), or '-' for standard input.")
    var files: [String]

    @Option(name: .long, help: "Output format: csl-json (an array) or jsonl (one item a line, PubMed metadata under \"pubmed\").")
    var to: PubMedConverter.Format = .cslJSON

    @Option(name: .shortAndLong, help: "Output file (written to a temporary file, then renamed). Default: standard output.")
    var output: String?

    @Flag(help: "Treat any input error as fatal: write nothing.")
    var strict = false

    func run() throws {
        let format = to
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("cite-convert-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }

        let urls = files.map { URL(fileURLWithPath: $0) }
        let meter = ProgressMeter.wanted(for: urls.filter { $0.path != "-" }) ? ProgressMeter(files: urls) : nil
        let inputs = Array(files.enumerated())
        let outcomes = ParallelMap.map(inputs) { (index, file) -> (URL, PubMedConverter.Outcome) in
            let part = temporary.appendingPathComponent("part-\(index)")
            var outcome = PubMedConverter.Outcome()
            do {
                let reader = file == "-" ? try PubMedReader.standardInput() : try PubMedReader(contentsOf: URL(fileURLWithPath: file))
                _ = FileManager.default.createFile(atPath: part.path, contents: nil)
                let handle = try FileHandle(forWritingTo: part)
                defer { try? handle.close() }
                outcome = try PubMedConverter.convert(reader, format: format) { data in
                    try handle.write(contentsOf: data)
                    meter?.update(index, consumed: reader.bytesConsumed)
                }
            } catch let error as PubMedError {
                outcome.error = error
            } catch {
                outcome.error = .unreadable(file: file, reason: String(describing: error))
            }
            meter?.finish(index)
            return (part, outcome)
        }
        meter?.close()

        let errors = outcomes.compactMap { $0.1.error }
        for error in errors { FileHandle.standardError.write(Data("\(error)\n".utf8)) }
        if strict, !errors.isEmpty {
            FileHandle.standardError.write(Data("cite convert: --strict: nothing written\n".utf8))
            throw ExitCode(2)
        }
        try write(parts: outcomes.map { $0.0 }, format: format)
        if !errors.isEmpty {
            let written = outcomes.reduce(0) { $0 + $1.1.records }
            FileHandle.standardError.write(Data("cite convert: \(written) records written; \(errors.count) input(s) had errors\n".utf8))
            throw ExitCode(2)
        }
    }

    /// Joins the per-input parts in order, into a temporary file renamed over the output, or to stdout.
    private func write(parts: [URL], format: PubMedConverter.Format) throws {
        let destination: FileHandle
        var temporaryOutput: URL?
        if let output {
            let target = URL(fileURLWithPath: output)
            let temp = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp-\(UUID().uuidString)")
            guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
                FileHandle.standardError.write(Data("cite convert: \(output): cannot create the output file\n".utf8))
                throw ExitCode(2)
            }
            destination = try FileHandle(forWritingTo: temp)
            temporaryOutput = temp
        } else {
            destination = .standardOutput
        }
        switch format {
        case .cslJSON:
            try PubMedConverter.wrapArray(parts: parts) { try destination.write(contentsOf: $0) }
        case .jsonl:
            for part in parts {
                guard let handle = try? FileHandle(forReadingFrom: part) else { continue }
                defer { try? handle.close() }
                while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                    try destination.write(contentsOf: chunk)
                }
            }
        }
        if let temp = temporaryOutput, let output {
            try destination.close()
            _ = try FileManager.default.replaceItemAt(URL(fileURLWithPath: output), withItemAt: temp)
        }
    }
}
