import ArgumentParser
import Bibliography
import Foundation
import ReferenceText

/// `cite parse-reference`: free-text references in, CSL-JSON out, one for one and in order.
struct ParseReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse-reference",
        abstract: "Parse free-text references into CSL-JSON, with style findings.",
        discussion: """
            With TEXT, parses that one reference. With --input FILE (or `-` for standard input), parses \
            each line as one reference and writes one result per line, in the same order; a line that \
            cannot be read gives an item with what was recognised plus a finding, never a skipped line.
            Formats: jsonl (one CSL-JSON item a line), csl-json (one JSON array), parsed (one JSON object \
            a line with text, number, item, spans, confidence and diagnostics), text (readable fields and findings).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
        case cslJSON = "csl-json"
        case parsed
        case text
    }

    @Argument(help: "A reference to parse.")
    var text: String?

    @Option(name: .long, help: "A file with one reference per line (`-` for standard input).")
    var input: String?

    @Option(name: .long, help: "Output format: jsonl, csl-json, parsed or text.")
    var format: Format = .jsonl

    func validate() throws {
        if text == nil && input == nil { throw ValidationError("Give a reference TEXT or --input FILE.") }
        if text != nil && input != nil { throw ValidationError("Give either a reference TEXT or --input FILE, not both.") }
    }

    func run() throws {
        let lines: [String]
        if let text {
            lines = [text]
        } else if let input {
            do {
                lines = try Self.readLines(input)
            } catch let error as ParseReferenceError {
                FileHandle.standardError.write(Data("cite parse-reference: \(error.description)\n".utf8))
                throw ExitCode(2)
            }
        } else {
            lines = []
        }
        let parser = ReferenceParser()
        let results = lines.enumerated().map { index, line -> ParsedReference in
            var r = parser.parse(line)
            // Items without a list number are named by their line, so ids stay unique.
            if r.number == nil, input != nil { r.item.id = .string("line-\(index + 1)") }
            return r
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        switch format {
        case .jsonl:
            for r in results { out += String(decoding: try r.item.cslJSONData(), as: UTF8.self) + "\n" }
        case .parsed:
            for r in results { out += String(decoding: try encoder.encode(r), as: UTF8.self) + "\n" }
        case .cslJSON:
            out = String(decoding: try Bibliography(items: results.map(\.item)).cslJSONData(pretty: true), as: UTF8.self) + "\n"
        case .text:
            out = results.map(\.textSummary).joined(separator: "\n\n") + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    /// The file's lines (a final empty line after the last newline is not a reference).
    static func readLines(_ path: String) throws -> [String] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: path) else {
                throw ParseReferenceError.unreadable(path)
            }
            data = d
        }
        guard let s = String(data: data, encoding: .utf8) else {
            throw ParseReferenceError.notUTF8(path)
        }
        // `\r\n` is one Character in Swift: split on every kind of line end.
        var lines = s.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// Input problems of `cite parse-reference`; each names the file.
enum ParseReferenceError: Error, CustomStringConvertible {
    case unreadable(String)
    case notUTF8(String)

    var description: String {
        switch self {
        case .unreadable(let path): "\(path): cannot read the file"
        case .notUTF8(let path): "\(path): the file is not UTF-8 text"
        }
    }
}
