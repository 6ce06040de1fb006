import Foundation
import Testing

@testable import Bibliography

@Suite("String.trimmingWhitespace: Foundation's trimming, without Foundation")
struct StringWhitespaceTests {
    @Test("trims spaces and tabs at both ends, and line breaks only when asked")
    func examples() {
        #expect(" \t Smith J \u{A0}".trimmingWhitespace() == "Smith J")
        #expect("\n Smith \n".trimmingWhitespace() == "\n Smith \n")
        #expect("\n Smith \r\n\u{2028}".trimmingWhitespace(newlines: true) == "Smith")
        #expect("   ".trimmingWhitespace() == "")
        #expect("a b".trimmingWhitespace() == "a b")
        #expect("\u{2003}é\u{301}\u{3000}".trimmingWhitespace() == "é\u{301}")
    }

    @Test("agrees with trimmingCharacters(in: .whitespaces / .whitespacesAndNewlines) for every BMP scalar at either end")
    func everyScalar() {
        var disagreements: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar)x\(scalar)"
            if text.trimmingWhitespace() != text.trimmingCharacters(in: .whitespaces) { disagreements.append("U+\(String(value, radix: 16))") }
            if text.trimmingWhitespace(newlines: true) != text.trimmingCharacters(in: .whitespacesAndNewlines) {
                disagreements.append("U+\(String(value, radix: 16)) (newlines)")
            }
        }
        #expect(disagreements == [])
    }
}
