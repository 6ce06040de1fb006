import CiteKit
import Foundation

extension SitePage {
    /// The page read as an article bundle (Markdown front matter's claims and record files applied,
    /// its lines emptied in the page text), and the page's text as read.
    /// - Throws: ``CheckError`` when the page cannot be read, ``SiteError`` on bad front matter or a
    ///   missing record file.
    func bundle() throws -> (bundle: ArticleBundle, source: String) {
        let loaded = try ArticleBundle.load(path: url.path, format: format, readingBundleFiles: false)
        var bundle = ArticleBundle(pagePath: path, pageSource: loaded.pageSource, format: format)
        if format == .markdown {
            let front = try FrontMatter(page: loaded.pageSource, file: path)
            bundle.pageSource = front.body
            bundle.claims = front.claims
            let folder = url.deletingLastPathComponent()
            bundle.recordFiles = try front.records.map { name in
                let file = name.hasPrefix("/") ? URL(fileURLWithPath: name) : folder.appendingPathComponent(name)
                guard FileManager.default.fileExists(atPath: file.path) else { throw SiteError.missingRecordFile(page: path, file: name) }
                return file
            }
        }
        return (bundle, loaded.pageSource)
    }
}
