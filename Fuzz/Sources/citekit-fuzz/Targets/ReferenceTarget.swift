import Foundation
import ReferenceText

extension FuzzTarget {
    /// The reference parser on one reference string (an entry of a page's reference list).
    static let referenceTarget = FuzzTarget(name: "reference", dictionary: "reference",
                                            summary: "ReferenceParser.parse on one reference string") { data in
        let parsed = FuzzTarget.parser.parse(data.text)
        _ = parsed.item
    }

    private static let parser = ReferenceParser()
}
