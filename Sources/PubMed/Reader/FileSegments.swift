import Foundation

/// Splits a large plain PubMed file at record boundaries, so that its parts can be parsed on
/// several cores at once.
///
/// Each part after the first is given a synthetic `<Root>` start tag and each part before the last
/// a synthetic `</Root>` end tag; the parts then parse as documents of their own. Gzipped files,
/// small files, files whose DTD has an internal subset, and files whose root is a single record
/// are not split.
struct FileSegments {
    /// One part of the file.
    struct Segment: Sendable {
        var offset: Int64
        var length: Int64
        var prefix: [UInt8]
        var suffix: [UInt8]
    }

    /// The smallest file worth splitting.
    static let minimumSize: Int64 = 16 << 20

    private static let recordStarts: [String: [String]] = [
        "PubmedArticleSet": ["<PubmedArticle>", "<PubmedArticle ", "<PubmedBookArticle>", "<PubmedBookArticle "],
        "MedlineCitationSet": ["<MedlineCitation>", "<MedlineCitation "],
        "PubmedBookArticleSet": ["<PubmedBookArticle>", "<PubmedBookArticle "],
        "BookDocumentSet": ["<BookDocument>", "<BookDocument "],
    ]

    /// The parts of `url`, or `nil` when the file should be read in one piece.
    static func plan(_ url: URL, parts: Int, minimumSize: Int64 = minimumSize) -> [Segment]? {
        guard parts > 1, url.pathExtension.lowercased() != "gz",
            let handle = try? FileHandle(forReadingFrom: url)
        else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), Int64(size) >= minimumSize,
            (try? handle.seek(toOffset: 0)) != nil,
            let head = try? handle.read(upToCount: 64 << 10), let root = rootName(Array(head)),
            let patterns = recordStarts[root]
        else { return nil }
        let fileSize = Int64(size)
        var cuts: [Int64] = [0]
        for k in 1..<parts {
            let target = max(fileSize * Int64(k) / Int64(parts), (cuts.last ?? 0) + 1)
            guard (try? handle.seek(toOffset: UInt64(target))) != nil,
                let window = try? handle.read(upToCount: 4 << 20),
                let hit = firstMatch(of: patterns, in: Array(window))
            else { break }
            cuts.append(target + Int64(hit))
        }
        guard cuts.count > 1 else { return nil }
        let open = Array("<\(root)>".utf8)
        let close = Array("</\(root)>".utf8)
        var segments: [Segment] = []
        for (i, start) in cuts.enumerated() {
            let end = i + 1 < cuts.count ? cuts[i + 1] : fileSize
            segments.append(Segment(
                offset: start, length: end - start,
                prefix: i == 0 ? [] : open,
                suffix: i + 1 < cuts.count ? close : []))
        }
        return segments
    }

    /// The root element's name, when the prolog is plain (no internal DTD subset).
    static func rootName(_ bytes: [UInt8]) -> String? {
        var i = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < n else {
                i += 1
                continue
            }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                // Skip the declaration, comment or DOCTYPE; an internal subset ('[') is not split.
                var j = i + 2
                while j < n, bytes[j] != UInt8(ascii: ">") {
                    if bytes[j] == UInt8(ascii: "[") { return nil }
                    j += 1
                }
                i = j + 1
                continue
            }
            var j = i + 1
            while j < n, bytes[j] != UInt8(ascii: " "), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "\n"),
                bytes[j] != UInt8(ascii: "\t"), bytes[j] != UInt8(ascii: "\r"), bytes[j] != UInt8(ascii: "/")
            {
                j += 1
            }
            return String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
        }
        return nil
    }

    private static func firstMatch(of patterns: [String], in window: [UInt8]) -> Int? {
        var best: Int?
        for pattern in patterns {
            let p = Array(pattern.utf8)
            guard p.count <= window.count else { continue }
            var i = 0
            let last = window.count - p.count
            while i <= last {
                if window[i] == p[0], window[i..<(i + p.count)].elementsEqual(p) {
                    if best.map({ i < $0 }) ?? true { best = i }
                    break
                }
                i += 1
            }
        }
        return best
    }

    /// Line and column in the whole file of the first byte of the part at `offset`.
    static func position(of offset: Int64, in url: URL) -> (line: Int, column: Int) {
        guard offset > 0, let handle = try? FileHandle(forReadingFrom: url) else { return (1, 1) }
        defer { try? handle.close() }
        var line = 1
        var lastNewline: Int64 = -1
        var read: Int64 = 0
        while read < offset, let chunk = try? handle.read(upToCount: Int(min(Int64(1 << 20), offset - read))), !chunk.isEmpty {
            for (i, byte) in chunk.enumerated() where byte == 0x0A {
                line += 1
                lastNewline = read + Int64(i)
            }
            read += Int64(chunk.count)
        }
        return (line, Int(offset - lastNewline))
    }
}
