/// The working state of one parse: the cleaned text, the item being filled, spans and findings.
struct ParseState {
    var text: ScalarText
    var item: Item
    var spans: [String: SourceSpan] = [:]
    var diagnostics: [Finding] = []
    var number: Int?
    /// Markers seen while scanning (`[Internet]`, `[cited ...]`, `Available from:`).
    var isWebPage = false
    /// The authors are written given name first (`I. J. Thompson`), as physics lists are.
    var authorsGivenFirst = false

    init(text: ScalarText) {
        self.text = text
        self.item = Item(id: "ref")
    }

    /// Records a text field read from `range` of the current text.
    mutating func set(_ field: String, _ value: String, range: Range<Int>) {
        guard !value.isEmpty else { return }
        item.setString(field, value)
        spans[field] = text.span(range)
    }

    /// Records a finding pointing at `range` of the current text.
    mutating func report(
        _ code: FindingCode, _ severity: Severity, _ message: String,
        range: Range<Int>, suggestion: String? = nil
    ) {
        diagnostics.append(Finding(
            code: code, severity: severity, message: message,
            span: text.span(range), suggestion: suggestion))
    }

    /// The string of `range` with edge spaces and the given trailing punctuation removed.
    func trimmed(_ range: Range<Int>, trailing: Set<Unicode.Scalar> = ParseState.edgePunctuation) -> Range<Int> {
        var a = range.lowerBound
        var b = range.upperBound
        while a < b, text[a] == " " { a += 1 }
        while b > a, text[b - 1] == " " || trailing.contains(text[b - 1]) { b -= 1 }
        return a..<b
    }

    static let edgePunctuation: Set<Unicode.Scalar> = [".", ",", ";", ":", " "]
}

import Bibliography
