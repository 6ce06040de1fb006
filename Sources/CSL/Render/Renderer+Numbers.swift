import Bibliography

extension Renderer {
    func formatPageRange(_ p: String) -> String {
        if p.hasEscapedHyphen { return p.replacingOccurrences(of: "\\-", with: "-") }
        let delimiter = locale.termText("page-range-delimiter") ?? "\u{2013}"
        return NumberFormat.pageRange(p, format: style.attr("page-range-format"), delimiter: delimiter)
    }

    /// Locators: page ranges formatted like the page variable, `\\-` kept as a literal hyphen.
    func formatLocator(_ l: String) -> String {
        if l.hasEscapedHyphen { return l.replacingOccurrences(of: "\\-", with: "-") }
        let delimiter = locale.termText("page-range-delimiter") ?? "\u{2013}"
        let label = cite.label ?? "page"
        let format = label == "page" ? style.attr("page-range-format") : nil
        guard NumberFormat.isNumeric(l) || l.contains(where: { $0 == "-" }) else { return l }
        var out = NumberFormat.pageRange(l, format: format, delimiter: delimiter)
        if out.contains(where: { $0 == "&" }), let and = locale.termText("and", form: "symbol"), and != "&" {
            out = out.replacingOccurrences(of: "&", with: and)
        }
        return out
    }

    func renderNumber(_ n: NumberElement) -> [Inline] {
        variablesCalled += 1
        if suppressed.contains(n.variable) { return [] }
        let value: String?
        switch n.variable {
        case "locator": value = cite.locator
        case "citation-number": value = cite.citationNumber.map(String.init)
        default: value = item.variable(n.variable)
        }
        guard let value, !value.isEmpty else { return [] }
        variablesRendered += 1
        renderedVariables.append(n.variable)
        guard !value.hasEscapedHyphen, let tokens = NumberFormat.tokenize(value) else {
            return format([.text(value.replacingOccurrences(of: "\\-", with: "-"))], n.formatting)
        }
        if sortMode, tokens.count == 1, case .number(let s) = tokens[0], let i = Int(s) {
            return [.text(padded(i))]
        }
        let gender = locale.gender(of: n.variable == "locator" ? (cite.label ?? "page") : n.variable)
        var s = ""
        for t in tokens {
            switch t {
            case .separator(let sep):
                let core = sep.trimmingWhitespace()
                switch core {
                case "-", "\u{2013}": s += "\u{2013}"
                case ",": s += ", "
                case "&": s += " & "
                default: s += sep
                }
            case .number(let num):
                guard let i = Int(num) else { s += num; continue }
                switch n.form {
                case "ordinal": s += NumberFormat.ordinal(i, locale: locale, gender: gender)
                case "long-ordinal": s += NumberFormat.longOrdinal(i, locale: locale, gender: gender)
                case "roman": s += NumberFormat.roman(i)
                default: s += String(i)
                }
            }
        }
        return format([.text(s)], n.formatting)
    }

    /// The term a label of `variable` uses.
    static func labelTerm(_ variable: String) -> String {
        switch variable {
        case "number-of-pages": return "page"
        case "number-of-volumes": return "volume"
        default: return variable
        }
    }

    func renderLabel(_ l: LabelElement) -> [Inline] {
        let value: String?
        let termName: String
        if l.variable == "locator" {
            value = cite.locator
            termName = cite.label ?? "page"
        } else {
            value = suppressed.contains(l.variable) ? nil : item.variable(l.variable)
            termName = Renderer.labelTerm(l.variable)
        }
        guard let value, !value.isEmpty else { return [] }
        let plural: Bool
        switch l.plural {
        case "always": plural = true
        case "never": plural = false
        default:
            if l.variable.hasPrefix("number-of-") {
                plural = (Int(value.trimmingWhitespace()) ?? 1) > 1
            } else {
                plural = NumberFormat.isPlural(value, andTerm: locale.termText("and"))
            }
        }
        guard let text = locale.termText(termName, form: l.form, plural: plural), !text.isEmpty else { return [] }
        return format([.text(text)], l.formatting)
    }
}
