import Citations

/// Settings of a check.
public struct CheckOptions: Sendable {
    /// The page format; inferred from the file extension when `nil`.
    public var inputFormat: PageFormat?
    /// The CSL style of the rendered reference list: a bundled name or a `.csl` path.
    public var style: String
    /// The locale of the rendered reference list; the style's default when `nil`.
    public var locale: String?

    /// Creates settings; by default the format is inferred and the list is rendered in Vancouver.
    public init(inputFormat: PageFormat? = nil, style: String = "vancouver", locale: String? = nil) {
        self.inputFormat = inputFormat
        self.style = style
        self.locale = locale
    }
}
