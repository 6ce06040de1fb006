import ArgumentParser

/// `cite check --format`: the human report, JSON, SARIF 2.1.0, or GitHub Actions annotations.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github
}
