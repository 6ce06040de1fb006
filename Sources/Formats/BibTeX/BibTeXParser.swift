import Foundation

/// The syntax pass over a BibTeX file: entries, `@string` macros (with `#` and strings built from
/// strings), `@preamble`, `@comment` and free text, `{}` or `()` delimiters, case-insensitive names.
///
/// One pass over the UTF-8 bytes, an entry at a time (``next()``), so a reader can turn each entry
/// into an item and drop it. A broken entry is reported with its position and skipped: reading
/// resumes at the next `@` that starts a line, so every entry around it is still read.
///
/// The bytes are borrowed: a parser must not outlive the buffer it was made with.
struct BibTeXParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let lines: LineIndex
    private var pos = 0
    /// `@string` macros by lowercased name, seeded with BibTeX's month macros, filed under the
    /// fingerprint of the name (so a use is looked up from its bytes, with no string made).
    private var macros = BibTeXParser.table(of: BibTeXParser.monthMacros)
    /// Every `@string` definition in file order, so the macros in force at any entry can be rebuilt.
    private var macroLog: [(name: String, value: String)] = []
    private(set) var preambles: [String] = []
    /// Where each entry returned so far starts, in file order (see ``reparse(_:)``).
    private(set) var headers: [EntryHeader] = []
    private(set) var diagnostics: [FormatDiagnostic] = []
    /// Fingerprints of the (lowercased) citation keys read, for the duplicate check; at the first
    /// print seen twice, the check turns to the keys themselves (`exactKeys`), so it stays exact.
    private var keyPrints: Set<UInt64> = []
    private var exactKeys: Set<String>?
    /// Re-reading an entry already read: no diagnostics, no bookkeeping.
    private var quiet = false
    /// Whether entries keep only the fields CSL variables are made from (and the names of all, to
    /// report repeated ones): a reader of items builds no text it would drop.
    var keepsOnlyMappedFields = false

    /// An entry's position and the macros in force when it was read.
    struct EntryHeader {
        var offset: Int
        var keyStart: Int
        var keyEnd: Int
        var macroCount: Int
    }

    /// BibTeX's predefined month macros (as in the standard styles).
    static let monthMacros: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
        "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]

    private struct SyntaxError: Error {
        var offset: Int
        var message: String
    }

    /// A parser of `bytes` (a UTF-8 byte order mark is skipped).
    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) }
        self.bytes = bytes
        self.file = file
        self.lines = LineIndex(unowned: bytes)
    }

    /// How far the parser has read, in bytes of the buffer it was given.
    var position: Int { pos }

    /// The next entry (`@string`, `@preamble` and `@comment` are taken in on the way), or `nil` at the end.
    mutating func next() -> BibTeXEntry? { nextWithFields()?.entry }

    /// The next entry with its mapped fields looked up.
    mutating func nextWithFields() -> (entry: BibTeXEntry, fields: MappedFields)? {
        while let at = nextAt(from: pos) {
            pos = at + 1
            do {
                if let entry = try parseItem(at: at) { return entry }
            } catch let error as SyntaxError {
                report(error.offset, .error, error.message)
                pos = resyncPoint(after: max(error.offset, at + 1), entryStart: at)
            } catch {
                pos = bytes.count
            }
        }
        return nil
    }

    /// Reads again the entry of `header` (returned before), with the macros in force then.
    func reparse(_ header: EntryHeader) -> BibTeXEntry? {
        var again = self
        again.quiet = true
        again.macros = Self.table(of: Self.monthMacros)
        for (name, value) in macroLog[..<header.macroCount] { again.define(name, value) }
        again.pos = header.offset + 1
        return (try? again.parseItem(at: header.offset))?.entry
    }

    /// The citation key of the entry of `header`, as ``next()`` gave it.
    func key(of header: EntryHeader) -> String {
        String(decoding: bytes[header.keyStart..<header.keyEnd], as: UTF8.self)
    }

    // MARK: - Items

    private mutating func parseItem(at start: Int) throws -> (entry: BibTeXEntry, fields: MappedFields)? {
        // An '@' inside a word (an e-mail address in free text) starts nothing.
        if start > 0, bytes[start - 1] > 0x20, bytes[start - 1] != UInt8(ascii: "}"), bytes[start - 1] != UInt8(ascii: ")") { return nil }
        skipSpace()
        let typeStart = pos
        let type = readLowercasedIdentifier()
        guard !type.isEmpty else {
            // A lone '@' in free text (an e-mail address between entries) is text, as BibTeX reads it.
            return nil
        }
        skipSpace()
        if type == "comment" {
            // `@comment{...}` is skipped whole (biber, bibtexparser); a bare `@comment` only the word (BibTeX).
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "{") || bytes[pos] == UInt8(ascii: "(") {
                _ = try delimitedRange(open: bytes[pos])
            }
            return nil
        }
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: "{") || bytes[pos] == UInt8(ascii: "(") else {
            throw SyntaxError(offset: pos, message: "expected '{' or '(' after '@\(String(decoding: bytes[typeStart..<pos], as: UTF8.self))'")
        }
        let close: UInt8 = bytes[pos] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
        pos += 1
        skipSpace()
        switch type {
        case "string":
            let nameStart = pos
            let name = readLowercasedIdentifier()
            guard !name.isEmpty else { throw SyntaxError(offset: nameStart, message: "expected a macro name in @string") }
            skipSpace()
            try expect(UInt8(ascii: "="), "expected '=' after the macro name '\(name)'")
            let value = try readValue(close: close)
            skipSpace()
            try expect(close, "expected '\(Character(UnicodeScalar(close)))' to end @string")
            define(name, value)
            if !quiet { macroLog.append((name, value)) }
        case "preamble":
            let value = try readValue(close: close)
            skipSpace()
            try expect(close, "expected '\(Character(UnicodeScalar(close)))' to end @preamble")
            if !quiet { preambles.append(value) }
        default:
            return try parseEntry(type: type, start: start, close: close)
        }
        return nil
    }

    private mutating func parseEntry(type: String, start: Int, close: UInt8) throws -> (entry: BibTeXEntry, fields: MappedFields) {
        let keyStart = pos
        var i = pos
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: ",") || b == close || b == UInt8(ascii: "=") || isSpace(b) { break }
            i += 1
        }
        pos = i
        var key = String(decoding: bytes[keyStart..<pos], as: UTF8.self)
        var keyEnd = pos
        skipSpaceAndComments()
        var entry = BibTeXEntry(type: type, key: key, fields: [])
        entry.offset = start
        var positions = [Int32](repeating: 0, count: MappedFields.Name.allCases.count)
        // The fingerprints and places of the names read, for the check of repeated fields.
        var seen: [(print: UInt64, range: Range<Int>)] = []
        // Room for a usual entry's fields, so the arrays are not grown append by append (only
        // where the entry is dropped once mapped: entries that are kept stay at their size).
        seen.reserveCapacity(24)
        if keepsOnlyMappedFields { entry.fields.reserveCapacity(12) }
        var expectComma = true
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "=") {
            // No key at all: what looked like the key is the first field's name.
            report(keyStart, .warning, "@\(type) has no citation key")
            pos = keyStart
            keyEnd = keyStart
            key = ""
            entry.key = ""
            expectComma = false
        } else if key.isEmpty {
            report(keyStart, .warning, "@\(type) has no citation key")
        }
        while true {
            skipSpaceAndComments()
            guard pos < bytes.count else {
                throw SyntaxError(offset: start, message: "@\(type){\(key), is not closed before the end of the file")
            }
            if bytes[pos] == close { pos += 1; break }
            if expectComma {
                try expect(UInt8(ascii: ","), "expected ',' or '\(Character(UnicodeScalar(close)))' in @\(type){\(key)")
                // Empty fields (`, ,`) are skipped.
                repeat { skipSpaceAndComments() } while pos < bytes.count && bytes[pos] == UInt8(ascii: ",") && { pos += 1; return true }()
            }
            expectComma = true
            if pos < bytes.count, bytes[pos] == close { pos += 1; break }
            let nameStart = pos
            skipIdentifier()
            let nameRange = nameStart..<pos
            guard !nameRange.isEmpty else {
                throw SyntaxError(offset: nameStart, message: "expected a field name in @\(type){\(key)")
            }
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "=") else {
                throw SyntaxError(offset: pos, message: "expected '=' after the field name '\(lowercasedName(nameRange))' in @\(type){\(key)")
            }
            pos += 1
            // Names are known by a fingerprint of their lowercase bytes: no string is made for a
            // name unless it is kept, and the mapped ones have theirs already.
            let print = fingerprint(nameRange)
            let slot = MappedFields.slot(print: print) { self.isLowercase(nameRange, equalTo: $0) }
            let keep = slot != nil || !keepsOnlyMappedFields
            let value = try readValue(close: close, keep: keep)
            skipSpaceAndComments()
            // Entries have few fields: a linear look is cheaper than hashing every name.
            let repeated = seen.contains { $0.print == print && lowercasedName($0.range) == lowercasedName(nameRange) }
            if !repeated {
                seen.append((print, nameRange))
                if keep { entry.fields.append((slot.map(MappedFields.name(of:)) ?? lowercasedName(nameRange), value)) }
                if let slot { positions[slot] = Int32(entry.fields.count) }
            } else {
                report(nameStart, .warning, "@\(type){\(key): field '\(lowercasedName(nameRange))' is repeated; the first value is kept")
            }
        }
        let mapped = MappedFields(fields: entry.fields, positions: positions)
        if quiet { return (entry, mapped) }
        if !key.isEmpty, !registerKey(keyStart..<keyEnd, key) {
            report(keyStart, .warning, "duplicate citation key '\(key)' (both entries are read)")
        }
        headers.append(EntryHeader(offset: start, keyStart: keyStart, keyEnd: keyEnd, macroCount: macroLog.count))
        return (entry, mapped)
    }

    // MARK: - Values

    /// A field value: pieces (`{...}`, `"..."`, numbers, macro names) joined by `#`. Without `keep`
    /// the value is checked (and undefined macros reported) but no text is built.
    private mutating func readValue(close: UInt8, keep: Bool = true) throws -> String {
        var out = ""
        while true {
            skipSpace()
            guard pos < bytes.count else { throw SyntaxError(offset: pos, message: "expected a value before the end of the file") }
            let b = bytes[pos]
            if b == UInt8(ascii: "{") {
                let range = try delimitedRange(open: b)
                if keep { join(&out, String(decoding: bytes[range], as: UTF8.self)) }
            } else if b == UInt8(ascii: "\"") {
                let range = try quotedRange()
                if keep { join(&out, String(decoding: bytes[range], as: UTF8.self)) }
            } else if isDigit(b) {
                let s = pos
                while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
                if keep { join(&out, String(decoding: bytes[s..<pos], as: UTF8.self)) }
            } else {
                let s = pos
                skipIdentifier()
                guard pos > s else {
                    throw SyntaxError(offset: s, message: "expected a value ('{...}', '\"...\"', a number or a macro name)")
                }
                if let value = macro(s..<pos) {
                    if keep { join(&out, value) }
                } else {
                    report(s, .warning, "undefined macro '\(String(decoding: bytes[s..<pos], as: UTF8.self))' (read as empty, as BibTeX does)")
                }
            }
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "#") { pos += 1; continue }
            return out
        }
    }

    /// Appends a piece of a value; the first piece is taken as it is, not copied.
    private func join(_ out: inout String, _ piece: String) {
        if out.isEmpty { out = piece } else { out += piece }
    }

    /// The text inside balanced braces (or parentheses for `@comment(...)`), the delimiters dropped.
    private mutating func delimitedRange(open: UInt8) throws -> Range<Int> {
        let start = pos
        let close: UInt8 = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
        var depth = 0
        var i = pos
        while i < bytes.count {
            if open == UInt8(ascii: "{") {
                i = firstStop(from: i, Self.groupStops)
                if i == bytes.count { break }
            }
            let b = bytes[i]
            if b == open { depth += 1 } else if b == close {
                depth -= 1
                if depth == 0 {
                    pos = i + 1
                    return (start + 1)..<i
                }
            } else if b == UInt8(ascii: "\\"), i + 1 < bytes.count, open == UInt8(ascii: "("), bytes[i + 1] == close {
                i += 1
            } else if b == 0x0A, open == UInt8(ascii: "{"), startsEntry(at: i + 1) {
                // An entry starting inside an open brace group means the group was never closed.
                throw SyntaxError(offset: start, message: "unbalanced braces: '{' is not closed before the entry on the next line")
            }
            i += 1
        }
        throw SyntaxError(offset: start, message: "unbalanced braces: '\(Character(UnicodeScalar(open)))' is not closed before the end of the file")
    }

    /// The text inside `"..."`, where quotes inside braces do not end the value.
    private mutating func quotedRange() throws -> Range<Int> {
        let start = pos
        var depth = 0
        var i = pos + 1
        while true {
            i = firstStop(from: i, Self.quotedStops)
            if i == bytes.count { break }
            let b = bytes[i]
            if b == UInt8(ascii: "{") { depth += 1 } else if b == UInt8(ascii: "}") {
                depth -= 1
                if depth < 0 { throw SyntaxError(offset: i, message: "unbalanced '}' in a quoted value") }
            } else if b == UInt8(ascii: "\""), depth == 0 {
                pos = i + 1
                return (start + 1)..<i
            } else if b == 0x0A, startsEntry(at: i + 1) {
                throw SyntaxError(offset: start, message: "unterminated quoted value: '\"' is not closed before the entry on the next line")
            }
            i += 1
        }
        throw SyntaxError(offset: start, message: "unterminated quoted value: '\"' is not closed before the end of the file")
    }

    // MARK: - Lexing helpers

    private mutating func expect(_ byte: UInt8, _ message: @autoclosure () -> String) throws {
        guard pos < bytes.count, bytes[pos] == byte else { throw SyntaxError(offset: pos, message: message()) }
        pos += 1
    }

    /// An identifier lowercased; one in lowercase ASCII already (most field names) is taken as it is.
    private mutating func readLowercasedIdentifier() -> String {
        let s = pos
        let name = readIdentifier()
        for b in bytes[s..<pos] where b >= 0x80 || (b >= 0x41 && b <= 0x5A) { return name.lowercased() }
        return name
    }

    /// Identifiers as BibTeX allows them: any printable character but space and `"#%'(),={}`.
    private mutating func readIdentifier() -> String {
        let s = pos
        skipIdentifier()
        return String(decoding: bytes[s..<pos], as: UTF8.self)
    }

    private mutating func skipIdentifier() {
        // A local index: stepping `pos` itself stores it to memory at every byte.
        var i = pos
        let n = bytes.count
        while i < n, !Self.identifierStops.contains(bytes[i]) { i += 1 }
        pos = i
    }

    /// Bytes that end an identifier: space, control characters and `"#%'(),={}`.
    private static var identifierStops: ByteSet { ByteSet(low: 0x2000_13AD_FFFF_FFFF, high: 0x2800_0000_0000_0000) }
    /// Bytes that matter inside `"..."`: `{`, `}`, `"` and line feeds (see ``quotedRange()``).
    private static var quotedStops: ByteStops { ByteStops(0x7B, 0x7D, 0x22, 0x0A) }
    /// Bytes that matter inside `{...}`: `{`, `}` and line feeds (see ``delimitedRange(open:)``).
    private static var groupStops: ByteStops { ByteStops(0x7B, 0x7D, 0x0A, 0x0A) }

    /// Where the first of `stops` is at or after `start` (the end of the bytes if none is). Values
    /// are long runs of text with a few bytes that matter: they are passed over eight at a time.
    @inline(__always) private func firstStop(from start: Int, _ stops: ByteStops) -> Int {
        var i = start
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n, !stops.mayBeIn(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
        }
        while i < n, !stops.contains(bytes[i]) { i += 1 }
        return i
    }

    /// Up to four bytes a scan stops at (repeat one for fewer).
    private struct ByteStops {
        var a, b, c, d: UInt64

        init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
            (self.a, self.b, self.c, self.d) = (UInt64(a), UInt64(b), UInt64(c), UInt64(d))
        }

        @inline(__always) func contains(_ x: UInt8) -> Bool {
            let x = UInt64(x)
            return x == a || x == b || x == c || x == d
        }

        /// Whether eight bytes read as one word may hold a stop: never `false` when one does.
        @inline(__always) func mayBeIn(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            // Nonzero when some byte of `v` is zero (each stop is made zero by the xor).
            func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & 0x8080_8080_8080_8080 }
            return zeroByte(word ^ (ones &* a)) | zeroByte(word ^ (ones &* b)) | zeroByte(word ^ (ones &* c)) | zeroByte(word ^ (ones &* d)) != 0
        }
    }

    /// A set of ASCII bytes as two bit masks, so a scan tests a byte with a shift rather than a
    /// chain of comparisons.
    private struct ByteSet {
        var low: UInt64
        var high: UInt64

        @inline(__always) func contains(_ b: UInt8) -> Bool {
            b < 64 ? (low >> UInt64(b)) & 1 != 0 : b < 128 && (high >> UInt64(b & 63)) & 1 != 0
        }
    }

    /// The identifier at `range`, lowercased.
    private func lowercasedName(_ range: Range<Int>) -> String {
        let name = String(decoding: bytes[range], as: UTF8.self)
        for b in bytes[range] where b >= 0x80 || (b >= 0x41 && b <= 0x5A) { return name.lowercased() }
        return name
    }

    /// Notes a citation key; `false` when an earlier entry has the same key (any case).
    private mutating func registerKey(_ range: Range<Int>, _ key: String) -> Bool {
        if exactKeys == nil {
            if keyPrints.insert(fingerprint(range)).inserted { return true }
            exactKeys = Set(headers.map { self.key(of: $0).lowercased() }.filter { !$0.isEmpty })
        }
        return exactKeys?.insert(key.lowercased()).inserted ?? true
    }

    /// Macros by print: (lowercase name, value) pairs, more than one only when prints collide.
    private static func table(of macros: [String: String]) -> [UInt64: [(name: String, value: String)]] {
        var table: [UInt64: [(name: String, value: String)]] = [:]
        for (name, value) in macros { table[MappedFields.fingerprint(name.utf8), default: []].append((name, value)) }
        return table
    }

    /// Defines (or redefines) the macro `name` (lowercase).
    private mutating func define(_ name: String, _ value: String) {
        let print = MappedFields.fingerprint(name.utf8)
        if let k = macros[print]?.firstIndex(where: { $0.name == name }) {
            macros[print]?[k].value = value
        } else {
            macros[print, default: []].append((name, value))
        }
    }

    /// The value of the macro named at `range` (any case).
    private func macro(_ range: Range<Int>) -> String? {
        guard let candidates = macros[fingerprint(range)] else { return nil }
        return candidates.first { isLowercase(range, equalTo: $0.name) }?.value
    }

    /// Whether the identifier at `range`, lowercased, is `name`.
    private func isLowercase(_ range: Range<Int>, equalTo name: String) -> Bool {
        // Lowercasing other text may change its length: it is compared as strings.
        guard !bytes[range].contains(where: { $0 >= 0x80 }) else { return lowercasedName(range) == name }
        let answer = name.utf8.withContiguousStorageIfAvailable { chars -> Bool in
            guard chars.count == range.count else { return false }
            for (k, b) in bytes[range].enumerated() where (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != chars[k] { return false }
            return true
        }
        return answer ?? (lowercasedName(range) == name)
    }

    /// FNV-1a of the identifier's lowercase UTF-8 (ASCII lowercased on the bytes, other text by
    /// `lowercased()`), so that equal lowercase names have equal prints.
    private func fingerprint(_ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes[range] {
            if b >= 0x80 { return MappedFields.fingerprint(lowercasedName(range).utf8) }
            hash = (hash ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// White space and biber's `%` line comments between fields.
    private mutating func skipSpaceAndComments() {
        skipSpace()
        while pos < bytes.count, bytes[pos] == UInt8(ascii: "%") {
            while pos < bytes.count, bytes[pos] != 0x0A { pos += 1 }
            skipSpace()
        }
    }

    private mutating func skipSpace() {
        var i = pos
        let n = bytes.count
        while i < n, isSpace(bytes[i]) { i += 1 }
        pos = i
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    private func nextAt(from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "@") { return i }
            i += 1
        }
        return nil
    }

    /// Whether `@type{` or `@type(` begins at `offset`, after optional blanks on its line.
    private func startsEntry(at offset: Int) -> Bool {
        var i = offset
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "@") else { return false }
        i += 1
        let s = i
        while i < bytes.count, isLetter(bytes[i]) { i += 1 }
        guard i > s else { return false }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        return i < bytes.count && (bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "("))
    }

    /// Where to resume after a broken entry: the next line that starts an entry.
    private func resyncPoint(after offset: Int, entryStart: Int) -> Int {
        // The error may sit on the '@' of the next entry (the broken one never closed): resume there.
        var lineStart = min(offset, bytes.count)
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        if lineStart > entryStart, startsEntry(at: lineStart) { return lineStart }
        var i = offset
        while i < bytes.count {
            if bytes[i] == 0x0A, startsEntry(at: i + 1) { return i + 1 }
            i += 1
        }
        return bytes.count
    }

    private mutating func report(_ offset: Int, _ severity: FormatDiagnostic.Severity, _ message: String) {
        if quiet { return }
        diagnostics.append(diagnostic(at: offset, severity, message))
    }

    /// A diagnostic about the byte at `offset`.
    func diagnostic(at offset: Int, _ severity: FormatDiagnostic.Severity, _ message: String) -> FormatDiagnostic {
        FormatDiagnostic(file: file, location: lines.location(of: offset), severity: severity, message: message)
    }
}
