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
        // Parts go beside the output file, so that the first part can become the output by renaming.
        let workRoot = output.map { URL(fileURLWithPath: $0).deletingLastPathComponent() } ?? FileManager.default.temporaryDirectory
        let temporary = workRoot.appendingPathComponent(".cite-convert-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }

        // Few large files: split each so that every core has work.
        let parts = max(1, ProcessInfo.processInfo.activeProcessorCount / max(files.count, 1))
        let partitions = files.map { $0 == "-" ? nil : PubMedPartition(URL(fileURLWithPath: $0), parts: parts) }
        let units = partitions.flatMap { p in (p?.sizes ?? [0]).map { (size: $0, compressed: p?.url.pathExtension == "gz") } }
        let meter = ProgressMeter.wanted(totalBytes: units.reduce(0) { $0 + $1.size }) ? ProgressMeter(units: units) : nil
        let firstUnit = partitions.reduce(into: [0]) { $0.append($0[$0.count - 1] + ($1?.count ?? 1)) }
        let outcomes = ParallelMap.map(Array(partitions.enumerated())) { (index, partition) -> ([URL], PubMedConverter.Outcome) in
            defer { for unit in firstUnit[index]..<firstUnit[index + 1] { meter?.finish(unit) } }
            guard let partition else { return Self.convertStandardInput(format: format, to: temporary.appendingPathComponent("stdin-\(index)")) }
            return PubMedConverter.convert(partition, format: format, into: temporary, stem: "file\(index)") { part, bytes in
                meter?.update(firstUnit[index] + part, consumed: bytes)
            }
        }
        meter?.close()

        let errors = outcomes.compactMap { $0.1.error }
        for error in errors { FileHandle.standardError.write(Data("\(error)\n".utf8)) }
        if strict, !errors.isEmpty {
            FileHandle.standardError.write(Data("cite convert: --strict: nothing written\n".utf8))
            throw ExitCode(2)
        }
        try write(parts: outcomes.flatMap { $0.0 }, format: format)
        if !errors.isEmpty {
            let written = outcomes.reduce(0) { $0 + $1.1.records }
            FileHandle.standardError.write(Data("cite convert: \(written) records written; \(errors.count) input(s) had errors\n".utf8))
            throw ExitCode(2)
        }
    }

    private static func convertStandardInput(format: PubMedConverter.Format, to part: URL) -> ([URL], PubMedConverter.Outcome) {
        var outcome = PubMedConverter.Outcome()
        do {
            let reader = try PubMedReader.standardInput()
            _ = FileManager.default.createFile(atPath: part.path, contents: nil)
            let handle = try FileHandle(forWritingTo: part)
            defer { try? handle.close() }
            outcome = try PubMedConverter.convert(reader, format: format) { try handle.write(contentsOf: $0) }
        } catch let error as PubMedError {
            outcome.error = error
        } catch {
            outcome.error = .unreadable(file: "<stdin>", reason: String(describing: error))
        }
        return ([part], outcome)
    }

    /// Joins the per-input parts in order: into a temporary file renamed over the output, or to stdout.
    private func write(parts: [URL], format: PubMedConverter.Format) throws {
        guard let output else {
            switch format {
            case .cslJSON:
                try PubMedConverter.wrapArray(parts: parts) { try FileHandle.standardOutput.write(contentsOf: $0) }
            case .jsonl:
                for part in parts { try FileJoin.append(part, to: STDOUT_FILENO) }
            }
            return
        }
        let target = URL(fileURLWithPath: output)
        let temp = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp-\(UUID().uuidString)")
        do {
            switch format {
            case .jsonl:
                // The first part becomes the output; the others are appended in the kernel.
                if let first = parts.first {
                    try FileManager.default.moveItem(at: first, to: temp)
                } else {
                    _ = FileManager.default.createFile(atPath: temp.path, contents: nil)
                }
                let fd = open(temp.path, O_WRONLY | O_APPEND)
                guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                defer { close(fd) }
                for part in parts.dropFirst() { try FileJoin.append(part, to: fd) }
            case .cslJSON:
                guard FileManager.default.createFile(atPath: temp.path, contents: nil) else { throw POSIXError(.EACCES) }
                let handle = try FileHandle(forWritingTo: temp)
                defer { try? handle.close() }
                try PubMedConverter.wrapArray(parts: parts) { try handle.write(contentsOf: $0) }
            }
            guard rename(temp.path, output) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            FileHandle.standardError.write(Data("cite convert: \(output): cannot write the output: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
