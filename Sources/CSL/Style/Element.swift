/// One rendering element of a style's layout or macro.
indirect enum Element: Sendable {
    case text(TextElement)
    case number(NumberElement)
    case label(LabelElement)
    case names(NamesElement)
    case date(DateElement)
    case group(GroupElement)
    case choose(ChooseElement)
}

/// What a `<text>` element renders.
enum TextSource: Sendable {
    case variable(String, form: String)
    case macro(String)
    case term(String, form: String, plural: Bool)
    case value(String)
}

struct TextElement: Sendable {
    var source: TextSource
    var formatting: Formatting
}

struct NumberElement: Sendable {
    var variable: String
    var form: String
    var formatting: Formatting
}

struct LabelElement: Sendable {
    var variable: String
    var form: String
    var plural: String
    var formatting: Formatting
}

/// Options of `<name>` (and the inheritable name attributes of style, citation, bibliography, names).
struct NameOptions: Sendable {
    var and: String?
    var delimiter: String?
    var delimiterPrecedesEtAl: String?
    var delimiterPrecedesLast: String?
    var etAlMin: Int?
    var etAlUseFirst: Int?
    var etAlSubsequentMin: Int?
    var etAlSubsequentUseFirst: Int?
    var etAlUseLast: Bool?
    var form: String?
    var initialize: Bool?
    var initializeWith: String?
    var nameAsSortOrder: String?
    var sortSeparator: String?

    init() {}

    init(_ e: XMLElement, namePrefix: Bool) {
        and = e.attr("and")
        delimiter = namePrefix ? e.attr("name-delimiter") : e.attr("delimiter")
        delimiterPrecedesEtAl = e.attr("delimiter-precedes-et-al")
        delimiterPrecedesLast = e.attr("delimiter-precedes-last")
        etAlMin = e.attr("et-al-min").flatMap { Int($0) }
        etAlUseFirst = e.attr("et-al-use-first").flatMap { Int($0) }
        etAlSubsequentMin = e.attr("et-al-subsequent-min").flatMap { Int($0) }
        etAlSubsequentUseFirst = e.attr("et-al-subsequent-use-first").flatMap { Int($0) }
        etAlUseLast = e.attr("et-al-use-last").map { $0 == "true" }
        form = namePrefix ? e.attr("name-form") : e.attr("form")
        initialize = e.attr("initialize").map { $0 == "true" }
        initializeWith = e.attr("initialize-with")
        nameAsSortOrder = e.attr("name-as-sort-order")
        sortSeparator = e.attr("sort-separator")
    }

    /// Values set here win over `base`.
    func over(_ base: NameOptions) -> NameOptions {
        var r = base
        if let v = and { r.and = v }
        if let v = delimiter { r.delimiter = v }
        if let v = delimiterPrecedesEtAl { r.delimiterPrecedesEtAl = v }
        if let v = delimiterPrecedesLast { r.delimiterPrecedesLast = v }
        if let v = etAlMin { r.etAlMin = v }
        if let v = etAlUseFirst { r.etAlUseFirst = v }
        if let v = etAlSubsequentMin { r.etAlSubsequentMin = v }
        if let v = etAlSubsequentUseFirst { r.etAlSubsequentUseFirst = v }
        if let v = etAlUseLast { r.etAlUseLast = v }
        if let v = form { r.form = v }
        if let v = initialize { r.initialize = v }
        if let v = initializeWith { r.initializeWith = v }
        if let v = nameAsSortOrder { r.nameAsSortOrder = v }
        if let v = sortSeparator { r.sortSeparator = v }
        return r
    }
}

struct NamePart: Sendable {
    var formatting: Formatting
}

struct NameElement: Sendable {
    var options: NameOptions
    var formatting: Formatting
    var given: NamePart?
    var family: NamePart?
}

struct NamesElement: Sendable {
    var variables: [String]
    var name: NameElement?
    var etAl: (term: String, formatting: Formatting)?
    var label: LabelElement?
    /// Whether the label precedes the name (it came first among the children).
    var labelBeforeName: Bool
    var substitute: [Element]?
    var delimiter: String?
    var formatting: Formatting
}

struct DatePartElement: Sendable {
    var name: String
    var form: String?
    var rangeDelimiter: String?
    var formatting: Formatting
    var hasStripPeriods: Bool
}

struct DateElement: Sendable {
    var variable: String
    var form: String?
    var dateParts: String
    var parts: [DatePartElement]
    var delimiter: String?
    var formatting: Formatting
}

struct GroupElement: Sendable {
    var children: [Element]
    var delimiter: String
    var formatting: Formatting
}

struct Condition: Sendable {
    var match: String
    var tests: [(kind: String, values: [String])]
}

struct ChooseElement: Sendable {
    var branches: [(condition: Condition?, children: [Element])]
}
