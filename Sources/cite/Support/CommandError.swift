import Foundation

/// A failure the command reports in one line and exits 2 for.
struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
