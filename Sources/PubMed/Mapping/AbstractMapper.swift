import Bibliography

/// Abstract and OtherAbstract: labelled sections as rich text, and the plain abstract.
package enum AbstractMapper {
    /// Reads an `Abstract` or `OtherAbstract` element.
    static func abstract(_ c: XMLCursor) throws -> (sections: [AbstractSection], copyright: String?) {
        var sections: [AbstractSection] = []
        var copyright: String?
        try c.forEachChild { tag in
            switch tag {
            case .abstractText:
                let label = c.attribute("Label")
                let category = c.attribute("NlmCategory")
                let text = try c.richText() ?? ""
                if !text.isEmpty || label != nil {
                    sections.append(AbstractSection(label: label, nlmCategory: category, text: text))
                }
            case .copyrightInformation:
                copyright = try c.text()
            default: break
            }
        }
        return (sections, copyright)
    }

    /// The abstract as plain text: one paragraph a section, each led by its label.
    package static func plainText(_ sections: [AbstractSection]) -> String? {
        let paragraphs = sections.map { section -> String in
            let text = RichText.plain(section.text)
            guard let label = section.label, !label.isEmpty else { return text }
            return text.isEmpty ? "\(label):" : "\(label): \(text)"
        }
        let joined = paragraphs.joined(separator: "\n")
        return joined.isEmpty ? nil : joined
    }

    static func apply(_ c: XMLCursor, to builder: inout RecordBuilder) throws {
        if c.detail == .summary {
            builder.item.abstract = try c.text()
            return
        }
        let (sections, copyright) = try abstract(c)
        builder.metadata.abstractSections = sections
        builder.metadata.abstractCopyright = copyright
        builder.item.abstract = plainText(sections)
    }

    static func applyOther(_ c: XMLCursor, to builder: inout RecordBuilder) throws {
        let type = c.attribute("Type")
        let language = c.attribute("Language")
        let (sections, copyright) = try abstract(c)
        builder.metadata.otherAbstracts.append(
            OtherAbstract(type: type, language: language, sections: sections, copyright: copyright))
    }
}
