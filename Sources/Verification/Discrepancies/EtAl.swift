import Bibliography

/// How a cited item says its author list is cut short.
///
/// Either way is understood: a final name whose family or literal is `et al.`, or the item's
/// ``Item/authorListTruncated`` mark, which the reference parser sets.
enum EtAl {
    static func isEtAlName(_ name: Name) -> Bool {
        let text = MatchText.squeezed(name.literal ?? name.family ?? "")
        return text == "etal" || text == "etc" || text == "andothers"
    }

    static func isMarked(_ item: Item) -> Bool { item.authorListTruncated }
}
