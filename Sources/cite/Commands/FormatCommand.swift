import ArgumentParser
import Bibliography
import CSL
import Foundation

/// `cite format`: renders a bibliography, or citations, from CSL-JSON with a CSL style.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "format",
        abstract: "Render a bibliography (or citations) from CSL-JSON with a CSL style.")

    @Argument(help: "A CSL-JSON file (array, single object or JSON Lines).")
    var items: String

    @Option(help: "A bundled style name (vancouver, apa, ieee, ...) or a path to a .csl file.")
    var style: String = "vancouver"

    @Option(help: "Locale tag (default: the style's default-locale, else en-US).")
    var locale: String?

    @Option(help: "Output format: text, html or markdown.")
    var to: String = "text"

    @Option(name: .customLong("cite"), help: "Render a citation of these comma-separated item ids (repeatable) instead of the bibliography.")
    var cites: [String] = []

    func run() throws {
        guard let format = CSLOutputFormat(rawValue: to) else {
            FileHandle.standardError.write(Data("cite format: unknown output format '\(to)'; use text, html or markdown\n".utf8))
            throw ExitCode(2)
        }
        let bibliography: Bibliography
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: items))
            bibliography = Bibliography(items: try FastCSLJSON.items(from: data, file: items))
        } catch let error as BibliographyError {
            FileHandle.standardError.write(Data("cite format: \(error)\n".utf8))
            throw ExitCode(2)
        } catch {
            FileHandle.standardError.write(Data("cite format: \(items): cannot read: \(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
        let processor: CSLProcessor
        do {
            let url = try StyleLibrary.resolve(nameOrPath: style)
            processor = try CSLProcessor(style: CSLStyle(contentsOf: url), locales: StyleLibrary.defaultLocaleStore(),
                                         locale: locale)
        } catch {
            FileHandle.standardError.write(Data("cite format: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let known = Set(bibliography.items.map(\.idString))
        let citations = cites.map { list in
            list.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        }
        for id in citations.joined() where !known.contains(id) {
            FileHandle.standardError.write(Data("cite format: \(items): no item with id '\(id)'\n".utf8))
            throw ExitCode(2)
        }
        if !citations.isEmpty {
            let out = processor.citation(citations.map { $0.map { CitationItem(id: $0) } }, items: bibliography.items, format: format)
            print(out.joined(separator: "\n"))
            return
        }
        let entries = processor.bibliography(bibliography.items, format: format)
        print(processor.bibliographyDocument(entries, format: format))
    }
}
