import Citations
import Library

/// Settings of a check.
public struct CheckOptions: Sendable {
    /// The page format; inferred from the file extension when `nil`.
    public var inputFormat: PageFormat?
    /// The CSL style of the rendered reference list: a bundled name or a `.csl` path.
    public var style: String
    /// The locale of the rendered reference list; the style's default when `nil`.
    public var locale: String?
    /// The local record library, whose records are candidates for every reference beside the bundle's own.
    public var library: RecordLibrary?

    /// Creates settings; by default the format is inferred and the list is rendered in Vancouver.
    public init(inputFormat: PageFormat? = nil, style: String = "vancouver", locale: String? = nil, library: RecordLibrary? = nil) {
        self.inputFormat = inputFormat
        self.style = style
        self.locale = locale
        self.library = library
    }
}
