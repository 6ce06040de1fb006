import Yams

/// Where a Yams error points, and its problem in words, for messages that name file and position.
enum YAMLErrorPosition {
    /// The 1-based line and column of a scanner, parser or composer error, shifted by `lineOffset`.
    static func mark(of error: any Error, lineOffset: Int = 0) -> (line: Int, column: Int)? {
        let yaml = (error as? YamlError) ?? ((error as? DecodingError).flatMap(underlying))
        switch yaml {
        case .scanner(_, _, let mark, _)?, .parser(_, _, let mark, _)?, .composer(_, _, let mark, _)?:
            return (mark.line + lineOffset, mark.column)
        default:
            return nil
        }
    }

    /// The problem without its position.
    static func problem(of error: any Error) -> String {
        let yaml = (error as? YamlError) ?? ((error as? DecodingError).flatMap(underlying))
        switch yaml {
        case .scanner(_, let problem, _, _)?, .parser(_, let problem, _, _)?, .composer(_, let problem, _, _)?:
            return problem
        default:
            break
        }
        if let decoding = error as? DecodingError {
            switch decoding {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
                let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                return path.isEmpty ? context.debugDescription : "at \(path): \(context.debugDescription)"
            @unknown default:
                return "\(decoding)"
            }
        }
        return "\(error)"
    }

    private static func underlying(_ error: DecodingError) -> YamlError? {
        if case .dataCorrupted(let context) = error { return context.underlyingError as? YamlError }
        return nil
    }
}
