/// The locales a processor consults, most specific first (in-style locales, then files).
struct ResolvedLocale: Sendable {
    let chain: [CSLLocale]
    let lang: String

    init(style: CSLStyle, store: LocaleStore?, lang requested: String?) {
        let lang = requested ?? style.defaultLocale ?? "en-US"
        self.lang = lang
        let language = String(lang.split(separator: "-").first ?? "en")
        var chain: [CSLLocale] = []
        chain += style.locales.filter { $0.lang == lang }
        if lang != language { chain += style.locales.filter { $0.lang == language } }
        chain += style.locales.filter { $0.lang == nil }
        let files = store?.chain(for: lang) ?? []
        // In-style locales for the language come before a file's fallback dialects but after the exact file.
        if let first = files.first {
            chain.append(first)
        }
        chain += files.dropFirst()
        self.chain = chain
        // For each term name and form, the candidates of the first locale defining them.
        var table: [String: [String: [Term]]] = [:]
        for l in chain {
            for (name, list) in l.terms {
                for t in list where table[name]?[t.form] == nil {
                    table[name, default: [:]][t.form] = list.filter { $0.form == t.form }
                }
            }
        }
        terms = table
        var ordinals: [Term] = []
        for l in chain {
            let found = l.terms.filter { $0.key.hasPrefix("ordinal") }.flatMap { $0.value }
            if !found.isEmpty { ordinals = found; break }
        }
        ordinalTermList = ordinals
    }

    private let terms: [String: [String: [Term]]]
    private let ordinalTermList: [Term]

    var isEnglish: Bool { lang.lowercased().hasPrefix("en") }

    var punctuationInQuote: Bool {
        for l in chain { if let v = l.punctuationInQuote { return v } }
        return false
    }

    var limitDayOrdinalsToDay1: Bool {
        for l in chain { if let v = l.limitDayOrdinalsToDay1 { return v } }
        return false
    }

    func dateFormat(_ form: String) -> DateElement? {
        for l in chain { if let d = l.dateFormats[form] { return d } }
        return nil
    }

    /// A term by name and form, with the spec's form fallbacks (verb-short → verb → long, symbol → short → long).
    func term(_ name: String, form: String = "long", gender: String? = nil) -> Term? {
        var forms = [form]
        switch form {
        case "verb-short": forms += ["verb", "long"]
        case "symbol": forms += ["short", "long"]
        case "short", "verb": forms += ["long"]
        default: break
        }
        guard let byForm = terms[name] else { return nil }
        for f in forms {
            guard let candidates = byForm[f], !candidates.isEmpty else { continue }
            if let gender, let g = candidates.first(where: { $0.genderForm == gender }) { return g }
            if let g = candidates.first(where: { $0.genderForm == nil }) { return g }
            return candidates.first
        }
        return nil
    }

    func termText(_ name: String, form: String = "long", plural: Bool = false) -> String? {
        guard let t = term(name, form: form) else { return nil }
        return plural ? t.multiple : t.single
    }

    /// The gender of the term a number variable belongs to (for gendered ordinals).
    func gender(of variable: String) -> String? {
        term(variable)?.gender
    }

    /// All ordinal suffix terms, searched in locale order (first locale having any ordinal terms wins).
    func ordinalTerms() -> [Term] { ordinalTermList }
}
