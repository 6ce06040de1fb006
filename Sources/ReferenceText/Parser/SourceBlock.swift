/// The numeric part of a journal reference: date, volume, issue and pages, wherever it stands.
struct SourceBlock {
    enum Form {
        /// `2010 Mar 18;29(11):1611-21` (Vancouver, AMA, and `2010, 78:4445` in BMC style).
        case dateFirst
        /// `29(11):1611-21` or `29(11), 1611-21` with the year elsewhere (Harvard, APA, Springer).
        case volumeFirst
    }
    var form: Form
    var range: Range<Int>
    var year: Int?
    var yearRange: Range<Int>?
    var month: Int?
    var day: Int?
    var season: String?
    var volume: Range<Int>?
    var issue: Range<Int>?
    var pages: Range<Int>?
    /// The separator after the date (`;` is standard), and where it is.
    var separator: Unicode.Scalar = ";"
    var separatorRange: Range<Int>?
    /// Spaces around `;` and `:` inside the block (Citing Medicine writes none).
    var straySpaces: [Range<Int>] = []
}
