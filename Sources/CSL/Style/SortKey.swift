import Foundation

/// A sort key of `<sort>`.
struct SortKey: Sendable {
    var variable: String?
    var macro: String?
    var ascending: Bool
    var namesMin: Int?
    var namesUseFirst: Int?
    var namesUseLast: Bool?
}
