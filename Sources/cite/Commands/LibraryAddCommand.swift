import ArgumentParser
import Foundation
import Library

/// `cite library add FILE...`: imports record files.
struct LibraryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add record files to the library: PubMed XML (plain or .gz), CSL-JSON, BibTeX/biblatex, RIS, MEDLINE (.nbib), EndNote XML or CSL-YAML.",
        discussion: """
            Records are keyed by PMID, else DOI, else PMCID, else a hash of title, first author, year and \
            journal; a newer revision replaces an older one and adding the same file again adds nothing. \
            A record of a work the library holds from another source (same DOI, PMID or PMCID, or the \
            same title, authors, year, journal and pages) is merged into it unless --no-merge. On an error in a file the whole records read \
            before it are kept, the error is reported as file:line:column, the other files are still \
            read, and the exit code is 2.
            """
    )

    @OptionGroup var library: LibraryLocation

    @Argument(help: "Record files: PubMed XML (.xml, .xml.gz), CSL-JSON (.json, .jsonl), .bib, .ris, .nbib, EndNote .xml or CSL-YAML.")
    var files: [String]

    @Flag(help: "Keep records of a work the library holds from another source apart (for `cite library dedupe`).")
    var noMerge = false

    func run() throws {
        let store = try library.open()
        var total = ImportSummary()
        var failed = 0
        for file in files {
            do {
                total = total + (try store.importFile(URL(fileURLWithPath: file), progress: true, merging: !noMerge))
            } catch let error as LibraryError {
                Terminal.error(error.description)
                if case .invalidInput(_, _, _, _, let stored) = error { total = total + stored }
                failed += 1
            }
        }
        Terminal.error("cite library add: \(total.description) (\(store.path))")
        if failed > 0 { throw ExitCode(2) }
    }
}
