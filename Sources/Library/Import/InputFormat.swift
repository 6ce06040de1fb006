import Formats
import Foundation

/// The kinds of file the library imports, told apart by their first bytes.
enum InputFormat {
    case pubMedXML
    case cslJSON
    /// BibTeX/biblatex, RIS, MEDLINE, EndNote XML or CSL-YAML, read by the `Formats` module.
    case bibliography(FileFormat)

    /// The format of `url`: gzip or `<` is XML; `[` or `{` is CSL-JSON.
    static func sniff(_ url: URL, name: String) throws -> InputFormat {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw LibraryError.unreadable(file: name, reason: "no such file")
        }
        guard !isFolder.boolValue else { throw LibraryError.unreadable(file: name, reason: "it is a folder") }
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: 4096) ?? Data()
        } catch {
            throw LibraryError.unreadable(file: name, reason: RecordLibrary.words(error))
        }
        var bytes = Array(head)
        if bytes.starts(with: [0x1F, 0x8B]) { return .pubMedXML }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw LibraryError.unknownFormat(file: name, reason: head.isEmpty ? "the file is empty" : "the file holds only white space")
        }
        // The Formats module's formats by extension or content (`@type{`, a `TY  -` line, `PMID-`, `<xml>`).
        if let format = FileFormat.infer(path: url.path, head: head), format.isReadByFormats {
            return .bibliography(format)
        }
        switch first {
        case UInt8(ascii: "<"): return .pubMedXML
        case UInt8(ascii: "["), UInt8(ascii: "{"): return .cslJSON
        default:
            throw LibraryError.unknownFormat(file: name, reason: "it starts with neither '<' (XML) nor '[' or '{' (JSON), and is neither BibTeX nor RIS")
        }
    }
}
