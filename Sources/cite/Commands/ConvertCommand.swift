import ArgumentParser
import Bibliography
import Formats
import Foundation
import PubMed

extension FileFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

/// `cite convert`: bibliography files from one format to another.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert bibliography files: PubMed XML, CSL-JSON, CSL-YAML, BibTeX/biblatex, RIS, MEDLINE (.nbib), EndNote XML to CSL-JSON, JSON Lines, CSL-YAML, BibTeX/biblatex, RIS or MEDLINE.",
        discussion: """
            The input format is taken from --from, else from each file's extension and content. \
            Several PubMed XML files converted to CSL-JSON or JSON Lines are read in parallel; \
            output keeps the input order. On an error the records read before it are written, the \
            error is reported as file:line:column and the exit code is 2; with --strict nothing is \
            written. A broken BibTeX entry is reported and skipped; the entries around it are read. \
            MEDLINE input keeps PubMed's indexing data (MeSH, publication types, links), which \
            --to medline and --to jsonl write out.
            """
    )

    /// What `--to` may name.
    enum Output: String, ExpressibleByArgument, CaseIterable {
        case cslJSON = "csl-json"
        case jsonl
        case bibtex
        case biblatex
        case ris
        case cslYAML = "csl-yaml"
        case medline
        case nbib
    }

    @Argument(help: "Input files, or '-' for PubMed XML on standard input.")
    var files: [String]

    @Option(name: .long, help: "Input format: bibtex, biblatex, ris, medline (nbib), endnote, csl-json, csl-yaml or pubmed (default: from each file's extension and content).")
    var from: FileFormat?

    @Option(name: .long, help: "Output format: csl-json (an array), jsonl (one item a line; PubMed metadata under \"pubmed\"), bibtex, biblatex, ris, csl-yaml or medline (nbib).")
    var to: Output = .cslJSON

    @Option(name: .shortAndLong, help: "Output file (written to a temporary file, then renamed). Default: standard output.")
    var output: String?

    @Flag(help: "Treat any input error as fatal: write nothing.")
    var strict = false

    func run() throws {
        let formats = try files.map { try inputFormat($0) }
        if formats.allSatisfy({ $0 == .pubmedXML }), let format = PubMedConverter.Format(rawValue: to.rawValue) {
            try convertPubMed(format: format)
            return
        }
        var records: [Record] = []
        var errors: [String] = []
        for (file, format) in zip(files, formats) {
            let (read, problems, failure) = try readRecords(file, format: format)
            records += read
            for problem in problems { Terminal.error(problem.description) }
            errors += problems.filter { $0.severity == .error }.map(\.description)
            if let failure {
                Terminal.error(failure)
                errors.append(failure)
            }
        }
        if strict, !errors.isEmpty {
            Terminal.error("cite convert: --strict: nothing written")
            throw ExitCode(2)
        }
        try write(try render(records))
        if !errors.isEmpty {
            Terminal.error("cite convert: \(records.count) records written; \(errors.count) error(s) in the input")
            throw ExitCode(2)
        }
    }

    private func inputFormat(_ file: String) throws -> FileFormat {
        if let from { return from }
        if file == "-" { return .pubmedXML }
        let url = URL(fileURLWithPath: file)
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            Terminal.error("\(file): cannot be read")
            throw ExitCode(2)
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8192)) ?? Data()
        guard let format = FileFormat.infer(path: file, head: head) else {
            Terminal.error("\(file): unknown format; name it with --from")
            throw ExitCode(2)
        }
        return format
    }

    /// The records of one file, its diagnostics, and the error that ended a PubMed read early.
    private func readRecords(_ file: String, format: FileFormat) throws -> ([Record], [FormatDiagnostic], String?) {
        let url = URL(fileURLWithPath: file)
        if format == .pubmedXML {
            let result = PubMedReader.read(contentsOf: url)
            return (result.records, [], result.error.map { "\($0)" })
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            Terminal.error("\(file): cannot be read: \(error.localizedDescription)")
            throw ExitCode(2)
        }
        if let result = format.readRecords(data, file: file) { return (result.records, result.diagnostics, nil) }
        do {
            return (try Bibliography(cslJSON: data, file: file).items.map { Record(item: $0, metadata: RecordMetadata(source: "csl-json")) }, [], nil)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(2)
        }
    }

    private func render(_ records: [Record]) throws -> Data {
        let items = records.map(\.item)
        switch to {
        case .cslJSON:
            return try Bibliography(items: items).cslJSONData(pretty: true)
        case .jsonl:
            var out = Data()
            for record in records {
                // PubMed records (from XML or MEDLINE) carry their metadata under "pubmed".
                if record.metadata.source == "pubmed" {
                    out += Data(PubMedJSON.jsonLine(record))
                } else {
                    out += try Bibliography(items: [record.item]).cslJSONData(pretty: false).dropFirst().dropLast()
                }
                out += Data("\n".utf8)
            }
            return out
        case .bibtex, .biblatex:
            return Data(BibTeXWriter.write(items).utf8)
        case .ris:
            return Data(RISWriter.write(items).utf8)
        case .cslYAML:
            return Data(try CSLYAMLWriter.write(items).utf8)
        case .medline, .nbib:
            return Data(MEDLINEWriter.write(records).utf8)
        }
    }

    private func write(_ data: Data) throws {
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: output)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temp)
            if FileManager.default.fileExists(atPath: url.path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: temp)
            } else {
                try FileManager.default.moveItem(at: temp, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            Terminal.error("\(output): cannot be written: \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }

    private func convertPubMed(format: PubMedConverter.Format) throws {
        let outcome: PubMedBatchOutcome
        do {
            outcome = try PubMedBatchConverter.convert(
                files: files, format: format, output: output.map { URL(fileURLWithPath: $0) }, strict: strict, progress: true)
        } catch {
            for inputError in error.outcome.errors { Terminal.error("\(inputError)") }
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        for error in outcome.errors { Terminal.error("\(error)") }
        guard !outcome.errors.isEmpty else { return }
        if outcome.written {
            Terminal.error("cite convert: \(outcome.records) records written; \(outcome.errors.count) input(s) had errors")
        } else {
            Terminal.error("cite convert: --strict: nothing written")
        }
        throw ExitCode(2)
    }
}
