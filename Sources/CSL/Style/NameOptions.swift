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
