import Foundation
import Site

extension FuzzTarget {
    /// `citekit.yaml` and a Markdown page's front matter and ignore directives.
    static let siteTargets: [FuzzTarget] = [
        FuzzTarget(name: "site-config", dictionary: "site-config", summary: "SiteConfiguration(yaml:)") { data in
            _ = try? SiteConfiguration(yaml: data.text, file: FuzzTarget.configFile)
        },
        FuzzTarget(name: "front-matter", dictionary: "front-matter", summary: "FrontMatter(page:) and IgnoreDirectives(source:)") { data in
            let source = data.text
            _ = try? FrontMatter(page: source, file: "fuzz.md")
            _ = IgnoreDirectives(source: source)
        },
    ]

    private static let configFile = URL(fileURLWithPath: "/fuzz/site/citekit.yaml")
}
