import ArgumentParser

/// `cite check --format`: the human report or the JSON report.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
