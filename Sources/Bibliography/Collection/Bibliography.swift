import Foundation

/// An ordered collection of items, read from and written to CSL-JSON.
public struct Bibliography: Sendable, Hashable {
    public var items: [Item]

    public init(items: [Item] = []) { self.items = items }

    /// The item with the given identifier.
    public subscript(id id: String) -> Item? { items.first { $0.idString == id } }

    /// Reads CSL-JSON: an array of items, a single item, or one item per line (JSON Lines).
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the file name used in error messages.
    /// - Throws: ``BibliographyError`` naming the file and position when the text is not CSL-JSON.
    public init(cslJSON data: Data, file: String = "<input>") throws {
        let decoder = JSONDecoder()
        let firstByte = data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) })
        if firstByte == UInt8(ascii: "[") {
            do {
                items = try decoder.decode([Item].self, from: data)
            } catch {
                throw BibliographyError.malformed(file: file, line: nil, reason: Self.describe(error))
            }
            return
        }
        guard firstByte == UInt8(ascii: "{") else {
            if firstByte == nil { items = []; return }
            throw BibliographyError.malformed(file: file, line: 1, reason: "expected a CSL-JSON array or object")
        }
        // One object, or JSON Lines.
        if let single = try? decoder.decode(Item.self, from: data) {
            items = [single]
            return
        }
        var result: [Item] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                result.append(try decoder.decode(Item.self, from: Data(line)))
            } catch {
                throw BibliographyError.malformed(file: file, line: lineNumber, reason: Self.describe(error))
            }
        }
        items = result
    }

    /// Encodes the items as a CSL-JSON array.
    public func cslJSONData(pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(items)
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? DecodingError {
            switch e {
            case .dataCorrupted(let ctx), .keyNotFound(_, let ctx), .typeMismatch(_, let ctx), .valueNotFound(_, let ctx):
                let path = ctx.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                let underlying = (ctx.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                let reason = underlying ?? ctx.debugDescription
                return path.isEmpty ? reason : "at \(path): \(reason)"
            @unknown default:
                return String(describing: e)
            }
        }
        return String(describing: error)
    }
}

/// Errors reading bibliographic data.
public enum BibliographyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not valid CSL-JSON.
    case malformed(file: String, line: Int?, reason: String)

    public var description: String {
        switch self {
        case .malformed(let file, let line, let reason):
            let position = line.map { ":\($0)" } ?? ""
            return "\(file)\(position): not valid CSL-JSON: \(reason)"
        }
    }
}
