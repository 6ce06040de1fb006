/// What `index.html` shows.
struct IndexView: Sendable {
    /// One column of counts.
    struct Column: Sendable {
        var label: String
        var description: String?
    }

    /// One cell of counts.
    struct Cell: Sendable {
        var value: Int
        var className: String
    }

    /// A checked page's row.
    struct Row: Sendable {
        var path: String
        var href: String
        var hasRetracted: Bool
        var cells: [Cell]
    }

    /// A page that was not checked, and why.
    struct Unchecked: Sendable {
        var path: String
        var reason: String
    }

    var generator: String
    var generatedAt: String?
    var documentTitle: String
    var stylesheet: String
    var title: String
    var siteLabel: String
    var checkedCount: Int
    var totals: PageCounts
    var columns: [Column]
    var columnCount: Int
    var pages: [Row]
    var hasPages: Bool
    var totalCells: [Cell]
    var unchecked: [Unchecked]
    var hasUnchecked: Bool
    var uncheckedCount: Int
}
