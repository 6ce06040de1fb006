import Foundation

/// An ordered collection of items, read from and written to CSL-JSON.
public struct Bibliography: Sendable, Hashable {
    /// The items in file order.
    public var items: [Item]

    /// A bibliography holding these items.
    public init(items: [Item] = []) { self.items = items }

    /// The item with the given identifier.
    public subscript(id id: String) -> Item? { items.first { $0.idString == id } }

    /// Reads CSL-JSON: an array of items, a single item (either may span many lines), or one item
    /// per line (JSON Lines).
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the file name used in error messages.
    /// - Throws: ``BibliographyError`` naming the file and the line of the problem (its column
    ///   leads the reason when known) when the text is not CSL-JSON.
    public init(cslJSON data: Data, file: String = "<input>") throws {
        var bytes = [UInt8](data)
        // A UTF-8 byte-order mark is not part of the JSON, nor a column of line 1.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let start = JSONScan.skipSpace(bytes, from: 0) else {
            items = []
            return
        }
        guard bytes[start] == UInt8(ascii: "[") || bytes[start] == UInt8(ascii: "{") else {
            throw Self.malformed(file: file, bytes: bytes, offset: start, lineOffset: 0, reason: "expected a CSL-JSON array or object")
        }
        // JSON Lines only when the first value ends before the text does; otherwise the text is
        // one value and its errors are reported where they are, whatever line that is.
        if bytes[start] == UInt8(ascii: "{"), let end = JSONScan.endOfValue(bytes, from: start),
            JSONScan.skipSpace(bytes, from: end) != nil
        {
            items = try Self.readLines(bytes, file: file)
            return
        }
        let decoder = JSONDecoder()
        do {
            let json = Data(bytes)
            if bytes[start] == UInt8(ascii: "[") {
                items = try decoder.decode([Item].self, from: json)
            } else {
                items = [try decoder.decode(Item.self, from: json)]
            }
        } catch {
            throw Self.locate(error, in: bytes, valueAt: start, file: file, lineOffset: 0)
        }
    }

    /// Reads one item per line, reporting the first line that is not one.
    private static func readLines(_ bytes: [UInt8], file: String) throws -> [Item] {
        let decoder = JSONDecoder()
        var result: [Item] = []
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let lineBytes = Array(line)
            guard let start = JSONScan.skipSpace(lineBytes, from: 0) else { continue }
            do {
                result.append(try decoder.decode(Item.self, from: Data(lineBytes)))
            } catch {
                throw locate(error, in: lineBytes, valueAt: start, file: file, lineOffset: lineNumber - 1)
            }
        }
        return result
    }

    /// Turns a decoding error into a ``BibliographyError`` at the line and column it concerns.
    ///
    /// Syntax errors carry a byte offset only in `JSONSerialization`'s message ("around character
    /// 30"), so the text is parsed again with it on that path; type errors name a coding path,
    /// which the scanner follows to the item.
    private static func locate(
        _ error: any Error, in bytes: [UInt8], valueAt start: Int, file: String, lineOffset: Int
    ) -> BibliographyError {
        var offset: Int?
        var reason = describe(error)
        if let decoding = error as? DecodingError {
            let path = decoding.codingPath
            if case .dataCorrupted = decoding, path.isEmpty {
                (offset, reason) = syntaxError(in: bytes) ?? (nil, reason)
            } else if let first = path.first?.intValue, bytes[start] == UInt8(ascii: "[") {
                offset = JSONScan.arrayElement(bytes, arrayAt: start, index: first)
            } else {
                offset = start
            }
        }
        guard let offset else { return .malformed(file: file, line: nil, reason: reason) }
        return malformed(file: file, bytes: bytes, offset: offset, lineOffset: lineOffset, reason: reason)
    }

    /// The error at a byte offset: its line in the case, its column leading the reason.
    private static func malformed(file: String, bytes: [UInt8], offset: Int, lineOffset: Int, reason: String) -> BibliographyError {
        let position = JSONScan.lineColumn(bytes, offset: offset)
        return .malformed(file: file, line: position.line + lineOffset, reason: "column \(position.column): \(reason)")
    }

    /// The byte offset and message of the first JSON syntax error, from `JSONSerialization`.
    private static func syntaxError(in bytes: [UInt8]) -> (Int, String)? {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            return nil
        } catch {
            let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? String(describing: error)
            let (cleaned, index) = splitPosition(message)
            if let index { return (min(index, bytes.count), cleaned) }
            // "Unexpected end of file": the problem is where the text stops.
            let end = (bytes.lastIndex(where: { !JSONScan.isSpace($0) }) ?? 0) + 1
            return (end, cleaned)
        }
    }

    /// Splits "Invalid value around character 30." into its message and byte offset.
    static func splitPosition(_ message: String) -> (String, Int?) {
        guard let range = message.range(of: " around character ") else {
            return (message.trimmingCharacters(in: CharacterSet(charactersIn: ". ")), nil)
        }
        let digits = message[range.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
        return (String(message[..<range.lowerBound]), Int(digits))
    }

    /// Encodes the items as a CSL-JSON array.
    public func cslJSONData(pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(items)
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? DecodingError, let context = e.errorContext {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            let reason = underlying ?? context.debugDescription
            let path = e.pathDescription
            return path.isEmpty ? reason : "at \(path): \(reason)"
        }
        return String(describing: error)
    }
}
