import Bibliography

/// Where a cite stands relative to earlier cites of the same item.
enum CitePosition: Int, Sendable, Comparable {
    case first = 0, subsequent, ibidWithLocator, ibid
    static func < (a: CitePosition, b: CitePosition) -> Bool { a.rawValue < b.rawValue }

    /// citeproc-js's position codes: 0 first, 1 subsequent, 2 ibid, 3 ibid-with-locator.
    init?(citeprocCode: Int) {
        switch citeprocCode {
        case 0: self = .first
        case 1: self = .subsequent
        case 2: self = .ibid
        case 3: self = .ibidWithLocator
        default: return nil
        }
    }
}

/// Disambiguation choices for one item's cites.
public struct Disambiguation: Sendable, Hashable {
    /// Names shown beyond `et-al-use-first`.
    public internal(set) var addNames = 0
    /// Given-name expansion per name (0 as styled, 1 initials, 2 full).
    public internal(set) var givenLevels: [String: Int] = [:]
    /// Given-name expansion applied to every name (rule `all-names` ...).
    public internal(set) var givenLevelAll = 0
    /// The year suffix's number (1 for "a"), when one was added.
    public internal(set) var yearSuffix: Int?
    /// Whether the style's `disambiguate="true"` condition holds for the item.
    public internal(set) var condition = false
    /// With `condition`: how many `disambiguate="true"` tests of a rendering hold, in the order they
    /// are evaluated (nil: all). citeproc-js turns them on one at a time until the cite is unique.
    public internal(set) var conditionLimit: Int?

    /// No disambiguation: the cite as the style writes it.
    public init() {}
}

/// Everything about one cite besides the item: locator, position, numbers, disambiguation.
struct CiteContext: Sendable {
    var locator: String?
    var label: String?
    var position: CitePosition = .first
    var nearNote = false
    var noteNumber: Int?
    var firstReferenceNoteNumber: Int?
    var citationNumber: Int?
    var disambiguation = Disambiguation()
    var isCitation = true
    /// Names with the et-al-subsequent limits while the layout stays at this position (the
    /// subsequent form of the names, for year-suffix disambiguation).
    var subsequentEtAl = false
}
