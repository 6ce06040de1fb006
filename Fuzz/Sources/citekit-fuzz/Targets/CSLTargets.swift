import Bibliography
import CSL
import Foundation

extension FuzzTarget {
    /// The CSL style and locale loaders, each followed by rendering a fixed item set (citations
    /// and bibliography, in every output format), which is where a loaded style's elements run.
    static let cslTargets: [FuzzTarget] = [
        FuzzTarget(name: "csl-style", dictionary: "csl", summary: "CSLStyle(xml:) and rendering Fixtures/csl/items.json with it") { data in
            guard let style = try? CSLStyle(xml: data, file: "fuzz.csl") else { return }
            FuzzTarget.render(style: style, locales: nil)
        },
        FuzzTarget(name: "csl-locale", dictionary: "csl", summary: "a locale file through LocaleStore, rendering with Vancouver") { data in
            // LocaleStore reads `locales-<tag>.xml` files; a fresh store per input so nothing is cached.
            let directory = Checkout.scratch.appendingPathComponent("locales")
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            guard (try? data.write(to: directory.appendingPathComponent("locales-en-US.xml"))) != nil,
                  let style = FuzzTarget.vancouver else { return }
            FuzzTarget.render(style: style, locales: LocaleStore(directory: directory))
        },
    ]

    private static func render(style: CSLStyle, locales: LocaleStore?) {
        guard let processor = try? CSLProcessor(style: style, locales: locales) else { return }
        let ids = FuzzTarget.items.map(\.idString)
        let cites: [Citation] = [
            Citation(items: ids.prefix(1).map { CitationItem(id: $0, locator: "12-15", label: "page") }),
            Citation(items: ids.map { CitationItem(id: $0) }),
            Citation(items: ids.suffix(2).map { CitationItem(id: $0, prefix: "see ") }),
        ]
        for format in CSLOutputFormat.allCases {
            let document = processor.render(items: FuzzTarget.items, citations: cites, format: format)
            _ = processor.bibliographyDocument(document.bibliography, format: format)
        }
    }

    /// The fixed item set: Fixtures/csl/items.json (four real references), plus a book chapter and
    /// an item with every kind of name and date part, so that most style branches have data.
    private static let items: [Item] = {
        var items = (try? Bibliography(cslJSON: Data(contentsOf: Checkout.root.appendingPathComponent("Fixtures/csl/items.json"))).items) ?? []
        let extra = #"""
        [{"id": "chapter", "type": "chapter", "title": "Ligament healing", "container-title": "Sports medicine",
          "author": [{"family": "van der Berg", "given": "Anna", "non-dropping-particle": "van der"}, {"literal": "WHO Study Group"}],
          "editor": [{"family": "Smith", "given": "J. R.", "suffix": "Jr."}], "publisher": "Springer", "publisher-place": "Berlin",
          "issued": {"date-parts": [[2001, 3, 15]]}, "page": "101-9", "edition": "2", "volume": "3", "DOI": "10.1000/xyz"},
         {"id": "range", "type": "article-journal", "title": "A <i>study</i> of ranges", "container-title": "J Test",
          "author": [{"family": "Ng", "given": "K"}], "issued": {"date-parts": [[1999, 12], [2000, 1]]}, "issue": "4-5",
          "page": "e12", "language": "fr-FR", "accessed": {"date-parts": [[2024, 1, 2]]}, "URL": "https://example.org/a"}]
        """#
        items += (try? Bibliography(cslJSON: Data(extra.utf8)).items) ?? []
        return items
    }()

    private static let vancouver: CSLStyle? = {
        guard let url = try? StyleLibrary.resolve(nameOrPath: "vancouver") else { return nil }
        return try? CSLStyle(contentsOf: url)
    }()
}
