import Testing
@testable import Citations

@Suite("Page formats")
struct PageFormatTests {
    @Test("file extensions choose the format, case-insensitively")
    func extensions() {
        #expect(PageFormat(pathExtension: "txt") == .text)
        #expect(PageFormat(pathExtension: "HTML") == .html)
        #expect(PageFormat(pathExtension: "htm") == .html)
        #expect(PageFormat(pathExtension: "md") == .markdown)
        #expect(PageFormat(pathExtension: "markdown") == .markdown)
        #expect(PageFormat(pathExtension: "pdf") == nil)
    }
}
