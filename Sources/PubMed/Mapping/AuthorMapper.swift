import Foundation
import Bibliography

/// AuthorList and InvestigatorList: names for the item, details for the metadata.
enum AuthorMapper {
    struct Entry {
        var name: Name
        var detail: AuthorDetail
    }

    /// Reads an `AuthorList`; returns its `Type` attribute (`authors`, `editors`) and entries.
    static func authorList(_ c: XMLCursor) throws -> (type: String?, entries: [Entry]) {
        let type = c.attribute("Type")
        var entries: [Entry] = []
        try c.forEachChild { tag in
            if tag == .author || tag == .investigator { entries.append(try person(c)) }
        }
        return (type, entries)
    }

    /// Reads one `Author` or `Investigator`.
    static func person(_ c: XMLCursor) throws -> Entry {
        var detail = AuthorDetail()
        detail.valid = !c.attribute("ValidYN", is: "N")
        detail.equalContribution = c.attribute("EqualContrib", is: "Y")
        var name = Name()
        var initials: String?
        try c.forEachChild { tag in
            switch tag {
            case .lastName: name.family = try c.text()
            case .foreName: name.given = try c.text()
            case .initials: initials = try c.text()
            case .suffix: name.suffix = try c.text()
            case .collectiveName: name.literal = try c.richText()
            case .identifier:
                let source = c.attribute("Source") ?? "unknown"
                if let value = try c.text() {
                    detail.identifiers.append(AuthorIdentifier(source: source, value: normalizedIdentifier(value, source: source)))
                }
            case .affiliationInfo:
                try c.forEachChild { inner in
                    if inner == .affiliation, let text = try c.text() { detail.affiliations.append(text) }
                }
            case .affiliation:
                if let text = try c.text() { detail.affiliations.append(text) }
            default: break
            }
        }
        detail.initials = initials
        if name.given == nil, name.family != nil { name.given = initials.map(Name.givenName(fromInitials:)) }
        if !detail.valid { detail.name = name }
        return Entry(name: name, detail: detail)
    }

    /// ORCIDs are written as bare ids or as URLs; keep the bare id.
    private static func normalizedIdentifier(_ value: String, source: String) -> String {
        guard source.caseInsensitiveCompare("ORCID") == .orderedSame else { return value }
        if let range = value.range(of: "orcid.org/") { return String(value[range.upperBound...]) }
        return value
    }

    /// Applies an AuthorList to a record: valid names to `author` (or `editor`), details kept.
    static func apply(_ list: (type: String?, entries: [Entry]), to builder: inout RecordBuilder, editorsKey: String = "editor") {
        let names = list.entries.filter { $0.detail.valid && !isEmpty($0.name) }.map(\.name)
        if list.type?.lowercased() == "editors" {
            builder.item.names[editorsKey, default: []].append(contentsOf: names)
        } else {
            builder.item.names["author", default: []].append(contentsOf: names)
            builder.metadata.authorDetails.append(contentsOf: list.entries.map(\.detail))
        }
        if builder.item.names["author"]?.isEmpty == true { builder.item.names["author"] = nil }
    }

    private static func isEmpty(_ name: Name) -> Bool {
        name.family == nil && name.given == nil && name.literal == nil
    }
}
