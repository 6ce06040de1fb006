extension DecodingError {
    /// The coding path of the error as dotted text (`claims.[2].subject`); empty at the top level.
    public var pathDescription: String { Self.describePath(codingPath) }

    /// A coding path as dotted text, array indices in brackets: `claims.[2].subject`.
    public static func describePath(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    /// The error's context, whatever its kind; `nil` only for kinds added in the future.
    var errorContext: Context? {
        switch self {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c): c
        @unknown default: nil
        }
    }

    /// The coding path, empty when unknown.
    var codingPath: [any CodingKey] { errorContext?.codingPath ?? [] }
}
