/// An abstract from another source or in another language.
public struct OtherAbstract: Sendable, Hashable, Codable {
    /// Who wrote it (`NASA`, `KIE`, `Publisher`, ...).
    public var type: String?
    /// Its language code (`fre`, `ger`).
    public var language: String?
    /// Its sections; one unlabelled section when it is not structured.
    public var sections: [AbstractSection]
    /// Its copyright notice.
    public var copyright: String?
    /// An abstract from its source type, language, sections and copyright.
    public init(type: String? = nil, language: String? = nil, sections: [AbstractSection] = [], copyright: String? = nil) {
        self.type = type
        self.language = language
        self.sections = sections
        self.copyright = copyright
    }
}
