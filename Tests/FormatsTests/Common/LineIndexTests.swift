import Bibliography
import Testing
@testable import Formats

@Suite struct LineIndexTests {
    /// 1,000 lines of 100 bytes: offsets past the first 64 KiB checkpoint still give exact lines.
    @Test func linesAndColumnsAcrossCheckpoints() {
        var bytes: [UInt8] = []
        for _ in 0..<1000 { bytes += Array(repeating: UInt8(ascii: "x"), count: 99) + [0x0A] }
        let index = LineIndex(bytes)
        #expect(index.location(of: 0) == SourceLocation(line: 1, column: 1))
        #expect(index.location(of: 799 * 100 + 2) == SourceLocation(line: 800, column: 3))
        #expect(index.location(of: 655 * 100 + 36) == SourceLocation(line: 656, column: 37))
        // Going back to an earlier offset after a later one.
        #expect(index.location(of: 100) == SourceLocation(line: 2, column: 1))
        #expect(index.location(of: 10_000_000) == SourceLocation(line: 1001, column: 1))
    }

    @Test func columnsCountCharactersNotBytes() {
        let index = LineIndex(Array("ab\ncafé x".utf8))
        // 'x' is byte 9 of the buffer: after "café " on line 2, the 6th character.
        #expect(index.location(of: 9) == SourceLocation(line: 2, column: 6))
    }
}
