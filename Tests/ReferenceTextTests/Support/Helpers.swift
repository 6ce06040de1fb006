import Bibliography
@testable import ReferenceText

/// Authors as NLM writes them (`Kim SR`), for compact assertions.
func authors(_ p: ParsedReference) -> [String] { p.item.author.map(\.vancouverForm) }

/// The finding codes of a parse, in order.
func codes(_ p: ParsedReference) -> [String] { p.diagnostics.map(\.code.rawValue) }

/// The text a span covers in the original reference.
func covered(_ p: ParsedReference, _ span: SourceSpan?) -> String? {
    guard let span else { return nil }
    let chars = Array(p.text)
    guard span.start >= 0, span.end <= chars.count, span.start <= span.end else { return nil }
    return String(chars[span.start..<span.end])
}

let parser = ReferenceParser()
