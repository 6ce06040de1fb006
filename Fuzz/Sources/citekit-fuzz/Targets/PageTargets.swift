import Citations
import CiteKit
import Foundation

extension FuzzTarget {
    /// The page reader and marker scanner, through the whole `cite check` pipeline without records:
    /// text extraction (HTML tags and entities, Markdown footnotes), reference-list location, marker
    /// scanning, claims, the reference parser on each entry, the checks, and the Vancouver rendering.
    static let pageTargets: [FuzzTarget] = PageFormat.allCases.map { format in
        FuzzTarget(name: "page-\(format.rawValue)", dictionary: "page-\(format.rawValue)",
                   summary: "cite check of a \(format.rawValue) page (Citations, ReferenceText, CiteKit, CSL)") { data in
            let bundle = ArticleBundle(pagePath: "fuzz.\(format.rawValue)", pageSource: data.text, format: format)
            _ = try? FuzzTarget.pageChecker.check(bundle)
        }
    }

    private static let pageChecker = Checker()
}
