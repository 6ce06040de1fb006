import ArgumentParser

/// `cite references --format`: rendered text or the parsed CSL-JSON items.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case cslJSON = "csl-json"
}
