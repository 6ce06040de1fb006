/// A reference string as an array of Unicode scalars, each remembering the `Character` offset it came
/// from in the original text, so that fields found in a cleaned-up copy point back into the input.
struct ScalarText: Sendable {
    var scalars: [Unicode.Scalar]
    /// `offsets[i]` is the Character offset in the original text of `scalars[i]`.
    var offsets: [Int]
    /// The Character count of the original text.
    var originalLength: Int

    init(scalars: [Unicode.Scalar], offsets: [Int], originalLength: Int) {
        self.scalars = scalars
        self.offsets = offsets
        self.originalLength = originalLength
    }

    /// Reads `text`, collapsing every run of white space (line breaks included) to one space and
    /// trimming both ends.
    init(collapsing text: String) {
        var sc: [Unicode.Scalar] = []
        var off: [Int] = []
        sc.reserveCapacity(text.utf8.count)
        off.reserveCapacity(text.utf8.count)
        var pendingSpace: Int? = nil
        var count = 0
        func add(_ u: Unicode.Scalar, _ ci: Int) {
            if u.isSpace {
                if pendingSpace == nil, !sc.isEmpty { pendingSpace = ci }
                return
            }
            if let spaceOffset = pendingSpace {
                sc.append(" ")
                off.append(spaceOffset)
                pendingSpace = nil
            }
            sc.append(u)
            off.append(ci)
        }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: one scalar a byte, one Character a scalar.
            for b in text.utf8 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    if pendingSpace == nil, !sc.isEmpty { pendingSpace = count }
                } else {
                    if let spaceOffset = pendingSpace {
                        sc.append(" ")
                        off.append(spaceOffset)
                        pendingSpace = nil
                    }
                    sc.append(Unicode.Scalar(b))
                    off.append(count)
                }
                count += 1
            }
        } else {
            for ch in text {
                for u in ch.unicodeScalars { add(u, count) }
                count += 1
            }
        }
        self.init(scalars: sc, offsets: off, originalLength: count)
    }

    var count: Int { scalars.count }

    subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    /// The scalar at `i`, or a space outside the text (so look-arounds need no bounds checks).
    func at(_ i: Int) -> Unicode.Scalar { i >= 0 && i < scalars.count ? scalars[i] : " " }

    /// The text of `range`.
    func string(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count + 8)
        for i in range {
            let u = scalars[i]
            if u.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: u.value))
            } else {
                UTF8.encode(u) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The ASCII-lowercased text of `range` (non-ASCII scalars kept as they are).
    func lowercasedASCII(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count + 8)
        for i in range {
            let u = scalars[i].asciiLower
            if u.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: u.value))
            } else {
                UTF8.encode(u) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The span of `range` in the original text's Character offsets.
    func span(_ range: Range<Int>) -> SourceSpan {
        guard !range.isEmpty else {
            let o = range.lowerBound < offsets.count ? offsets[range.lowerBound] : originalLength
            return SourceSpan(start: o, end: o)
        }
        return SourceSpan(start: offsets[range.lowerBound], end: offsets[range.upperBound - 1] + 1)
    }

    /// A copy without the given (sorted, non-overlapping) ranges.
    func removing(_ ranges: [Range<Int>]) -> ScalarText {
        guard !ranges.isEmpty else { return self }
        var sc: [Unicode.Scalar] = []
        var off: [Int] = []
        sc.reserveCapacity(scalars.count)
        off.reserveCapacity(scalars.count)
        var i = 0
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if r.lowerBound > i {
                sc.append(contentsOf: scalars[i..<r.lowerBound])
                off.append(contentsOf: offsets[i..<r.lowerBound])
            }
            i = max(i, r.upperBound)
            // `cancer [Internet]. Washington` → `cancer. Washington`: no space before the punctuation
            // that followed the removed text.
            while sc.last == " ", i < scalars.count, [".", ",", ";", ":"].contains(scalars[i]) {
                sc.removeLast()
                off.removeLast()
            }
        }
        if i < scalars.count {
            sc.append(contentsOf: scalars[i...])
            off.append(contentsOf: offsets[i...])
        }
        var out = ScalarText(scalars: sc, offsets: off, originalLength: originalLength)
        out.collapseSpaces()
        return out
    }

    /// Where the space-delimited token that holds position `i - 1` starts (`i` itself when a space
    /// or the start of the text comes just before it).
    func tokenStart(before i: Int) -> Int {
        var a = i
        while a > 0, scalars[a - 1] != " " { a -= 1 }
        return a
    }

    /// A copy with a space inserted after each of `positions` (it points back at the scalar before it);
    /// with `movingSpaceBefore`, a space just before such a position is dropped (`kill .Exp` → `kill. Exp`).
    func insertingSpace(after positions: Set<Int>, movingSpaceBefore: Bool = false) -> ScalarText {
        guard !positions.isEmpty else { return self }
        var sc: [Unicode.Scalar] = []
        var off: [Int] = []
        sc.reserveCapacity(scalars.count + positions.count)
        off.reserveCapacity(scalars.count + positions.count)
        for i in scalars.indices {
            let marked = positions.contains(i)
            if marked, movingSpaceBefore, sc.last == " " {
                sc.removeLast()
                off.removeLast()
            }
            sc.append(scalars[i])
            off.append(offsets[i])
            if marked {
                sc.append(" ")
                off.append(offsets[i])
            }
        }
        return ScalarText(scalars: sc, offsets: off, originalLength: originalLength)
    }

    /// Removes doubled spaces, spaces before `,;.:)` left behind by removals, and edge spaces.
    mutating func collapseSpaces() {
        var sc: [Unicode.Scalar] = []
        var off: [Int] = []
        sc.reserveCapacity(scalars.count)
        off.reserveCapacity(scalars.count)
        for (u, o) in zip(scalars, offsets) {
            if u == " " && (sc.isEmpty || sc.last == " ") { continue }
            sc.append(u)
            off.append(o)
        }
        while sc.last == " " {
            sc.removeLast()
            off.removeLast()
        }
        scalars = sc
        offsets = off
    }

    /// Whether the text at `i` starts with `word` (ASCII, case-insensitive).
    func matches(_ word: String, at i: Int, caseInsensitive: Bool = true) -> Bool {
        guard i >= 0 else { return false }
        var j = i
        for w in word.unicodeScalars {
            guard j < scalars.count else { return false }
            let u = scalars[j]
            if caseInsensitive {
                if u.asciiLower != w.asciiLower { return false }
            } else if u != w {
                return false
            }
            j += 1
        }
        return true
    }
}

import Bibliography
