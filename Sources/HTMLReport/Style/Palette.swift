/// The report's colours, each pair of text and background chosen for WCAG 2 AA: at least 4.5:1 for
/// text, 3:1 for the focus outline against the page. The stylesheet uses no other colour.
public struct Palette: Sendable {
    /// One named colour, written into the stylesheet as the custom property `--name`.
    public struct Entry: Sendable, Hashable {
        /// The property's name without `--`.
        public var name: String
        /// Its value.
        public var colour: Colour
    }

    /// A text colour drawn on a background colour somewhere in the stylesheet.
    public struct Pair: Sendable, Hashable {
        /// Where the pair is used.
        public var usage: String
        /// The text (or outline) colour's name.
        public var foreground: String
        /// The background colour's name.
        public var background: String
        /// The contrast WCAG AA asks for this use.
        public var minimum: Double
    }

    /// Every colour, in stylesheet order.
    public var entries: [Entry]
    /// Every text-on-background combination the stylesheet draws.
    public var pairs: [Pair]

    /// The colour named `name`.
    public func colour(_ name: String) -> Colour? { entries.first { $0.name == name }?.colour }

    /// The report's palette.
    public static let standard = Palette(
        entries: [
            Entry(name: "page", colour: Colour(hex: 0xFFFFFF)),
            Entry(name: "text", colour: Colour(hex: 0x1F2933)),
            Entry(name: "muted", colour: Colour(hex: 0x52606D)),
            Entry(name: "link", colour: Colour(hex: 0x1A56DB)),
            Entry(name: "rule", colour: Colour(hex: 0xCBD2D9)),
            Entry(name: "head", colour: Colour(hex: 0xF1F4F8)),
            Entry(name: "target", colour: Colour(hex: 0xFFF8DB)),
            Entry(name: "focus", colour: Colour(hex: 0x1A56DB)),
            Entry(name: "error-text", colour: Colour(hex: 0x8A1C1C)),
            Entry(name: "error-back", colour: Colour(hex: 0xFDE8E8)),
            Entry(name: "warning-text", colour: Colour(hex: 0x6B4500)),
            Entry(name: "warning-back", colour: Colour(hex: 0xFFF1CC)),
            Entry(name: "info-text", colour: Colour(hex: 0x1E4E79)),
            Entry(name: "info-back", colour: Colour(hex: 0xE3EEFA)),
            Entry(name: "strong-text", colour: Colour(hex: 0x14532D)),
            Entry(name: "strong-back", colour: Colour(hex: 0xDCFCE7)),
            Entry(name: "moderate-text", colour: Colour(hex: 0x164E63)),
            Entry(name: "moderate-back", colour: Colour(hex: 0xCFFAFE)),
            Entry(name: "weak-text", colour: Colour(hex: 0x7C2D12)),
            Entry(name: "weak-back", colour: Colour(hex: 0xFFEDD5)),
            Entry(name: "none-text", colour: Colour(hex: 0x3E4C59)),
            Entry(name: "none-back", colour: Colour(hex: 0xE4E7EB)),
            Entry(name: "design-text", colour: Colour(hex: 0x312E81)),
            Entry(name: "design-back", colour: Colour(hex: 0xE0E7FF)),
            Entry(name: "alarm-text", colour: Colour(hex: 0xFFFFFF)),
            Entry(name: "alarm-back", colour: Colour(hex: 0x9B1C1C)),
        ],
        pairs: [
            Pair(usage: "body text", foreground: "text", background: "page", minimum: 4.5),
            Pair(usage: "secondary text", foreground: "muted", background: "page", minimum: 4.5),
            Pair(usage: "links", foreground: "link", background: "page", minimum: 4.5),
            Pair(usage: "table headers", foreground: "text", background: "head", minimum: 4.5),
            Pair(usage: "links in table headers", foreground: "link", background: "head", minimum: 4.5),
            Pair(usage: "secondary text in table headers", foreground: "muted", background: "head", minimum: 4.5),
            Pair(usage: "the targeted line or row", foreground: "text", background: "target", minimum: 4.5),
            Pair(usage: "links in the targeted line or row", foreground: "link", background: "target", minimum: 4.5),
            Pair(usage: "focus outline on the page", foreground: "focus", background: "page", minimum: 3),
            Pair(usage: "focus outline on table headers", foreground: "focus", background: "head", minimum: 3),
            Pair(usage: "error badges, deleted text", foreground: "error-text", background: "error-back", minimum: 4.5),
            Pair(usage: "warning and erratum badges", foreground: "warning-text", background: "warning-back", minimum: 4.5),
            Pair(usage: "info badges", foreground: "info-text", background: "info-back", minimum: 4.5),
            Pair(usage: "levels 1-2, inserted text", foreground: "strong-text", background: "strong-back", minimum: 4.5),
            Pair(usage: "level 3", foreground: "moderate-text", background: "moderate-back", minimum: 4.5),
            Pair(usage: "level 5", foreground: "weak-text", background: "weak-back", minimum: 4.5),
            Pair(usage: "ungraded", foreground: "none-text", background: "none-back", minimum: 4.5),
            Pair(usage: "design badges", foreground: "design-text", background: "design-back", minimum: 4.5),
            Pair(usage: "retraction badges and banner", foreground: "alarm-text", background: "alarm-back", minimum: 4.5),
            Pair(usage: "error text on the page (counts)", foreground: "error-text", background: "page", minimum: 4.5),
            Pair(usage: "error counts in the totals row", foreground: "error-text", background: "head", minimum: 4.5),
            Pair(usage: "secondary text in the targeted row", foreground: "muted", background: "target", minimum: 4.5),
            Pair(usage: "error counts in the targeted row", foreground: "error-text", background: "target", minimum: 4.5),
            Pair(usage: "focus outline in the targeted row", foreground: "focus", background: "target", minimum: 3),
        ])
}
