import Bibliography
import Site
import Testing

@Suite struct IgnoreDirectivesTests {
    let source = """
        Line one.
        <!-- cite-ignore orphan-reference unresolved-marker -->
        Line three [9].
        <!-- cite-ignore -->
        Line five.
        <!-- a comment --> <!-- cite-ignore marker-style -->
        Line seven.
        """

    @Test func directivesNameTheNextLineAndTheirCodes() {
        let directives = IgnoreDirectives(source: source).directives
        #expect(directives.map(\.line) == [3, 5, 7])
        #expect(directives.map { $0.codes.map(\.rawValue) } == [["orphan-reference", "unresolved-marker"], [], ["marker-style"]])
    }

    @Test func aFindingIsSilencedOnlyOnTheNextLineAndByItsCode() {
        let directives = IgnoreDirectives(source: source)
        func finding(_ code: FindingCode, _ line: Int?) -> Finding {
            Finding(code: code, severity: .warning, message: "m", location: line.map { SourceLocation(line: $0, column: 1) })
        }
        #expect(directives.silences(finding(.unresolvedMarker, 3)))
        #expect(!directives.silences(finding(.markerStyle, 3)))
        #expect(directives.silences(finding(.fieldMismatch, 5)))
        #expect(!directives.silences(finding(.unresolvedMarker, 4)))
        #expect(directives.silences(finding(.markerStyle, 7)))
        #expect(!directives.silences(finding(.unresolvedMarker, nil)))
    }
}
