/// A short coloured label (a design, a level, a severity, a retraction).
struct BadgeView: Sendable {
    /// The visible text.
    var label: String
    /// Its colour class in the stylesheet.
    var className: String
    /// Words read before the label by screen readers only (`Evidence level`), when the label alone is terse.
    var hiddenPrefix: String?

    static func design(_ name: String) -> BadgeView {
        BadgeView(label: name, className: "design", hiddenPrefix: "Study design:")
    }

    static func level(_ level: Int?) -> BadgeView {
        guard let level else { return BadgeView(label: "no level", className: "level-none", hiddenPrefix: "Evidence level:") }
        return BadgeView(label: "Level \(level)", className: "level-\(level)", hiddenPrefix: "Oxford CEBM evidence")
    }

    static let noRecord = BadgeView(label: "no record", className: "level-none", hiddenPrefix: "Study design unknown:")
    static let retracted = BadgeView(label: "Retracted", className: "flag-retracted")
    static let erratum = BadgeView(label: "Erratum", className: "flag-erratum")

    static func discrepancies(_ count: Int) -> BadgeView {
        BadgeView(label: "\(count) field\(count == 1 ? "" : "s") differ\(count == 1 ? "s" : "")", className: "flag-discrepancy")
    }

    static func severity(_ name: String) -> BadgeView {
        BadgeView(label: name, className: "sev-\(name)")
    }
}
