import Foundation

/// Builds the element tree from parsed XML.
struct StyleBuilder {
    let file: String

    func section(_ e: XMLElement) throws -> LayoutSection {
        guard let layout = e.child("layout") else {
            throw CSLError.invalidStyle(file: file, reason: "<\(e.name)> has no <layout>")
        }
        let sort = (e.child("sort")?.all("key") ?? []).map { k in
            SortKey(variable: k.attr("variable"), macro: k.attr("macro"),
                    ascending: k.attr("sort") != "descending",
                    namesMin: k.attr("names-min").flatMap { Int($0) },
                    namesUseFirst: k.attr("names-use-first").flatMap { Int($0) },
                    namesUseLast: k.attr("names-use-last").map { $0 == "true" })
        }
        return LayoutSection(attributes: e.attributes, nameOptions: NameOptions(e, namePrefix: true),
                             sort: sort, layout: try children(layout), layoutFormatting: Formatting(layout),
                             layoutDelimiter: layout.attr("delimiter") ?? "")
    }

    func children(_ e: XMLElement) throws -> [Element] {
        var out: [Element] = []
        for c in e.children {
            if let el = try element(c) { out.append(el) }
        }
        return out
    }

    func element(_ e: XMLElement) throws -> Element? {
        let f = Formatting(e)
        switch e.name {
        case "text":
            let source: TextSource
            if let v = e.attr("variable") {
                source = .variable(v, form: e.attr("form") ?? "long")
            } else if let m = e.attr("macro") {
                source = .macro(m)
            } else if let t = e.attr("term") {
                source = .term(t, form: e.attr("form") ?? "long", plural: e.attr("plural") == "true")
            } else if let v = e.attr("value") {
                source = .value(v)
            } else {
                throw CSLError.invalidStyle(file: file, reason: "<text> needs variable, macro, term or value")
            }
            return .text(TextElement(source: source, formatting: f))
        case "number":
            return .number(NumberElement(variable: e.attr("variable") ?? "", form: e.attr("form") ?? "numeric", formatting: f))
        case "label":
            return .label(label(e))
        case "names":
            return .names(try names(e))
        case "date":
            return .date(date(e))
        case "group":
            return .group(GroupElement(children: try children(e), delimiter: e.attr("delimiter") ?? "", formatting: f))
        case "choose":
            var branches: [(Condition?, [Element])] = []
            for b in e.children {
                switch b.name {
                case "if", "else-if":
                    branches.append((condition(b), try children(b)))
                case "else":
                    branches.append((nil, try children(b)))
                default: continue
                }
            }
            return .choose(ChooseElement(branches: branches))
        default:
            return nil
        }
    }

    func label(_ e: XMLElement) -> LabelElement {
        LabelElement(variable: e.attr("variable") ?? "", form: e.attr("form") ?? "long",
                     plural: e.attr("plural") ?? "contextual", formatting: Formatting(e))
    }

    func condition(_ e: XMLElement) -> Condition {
        var tests: [(String, [String])] = []
        for key in ["type", "variable", "is-numeric", "is-uncertain-date", "locator", "position", "disambiguate"] {
            if let v = e.attr(key) {
                tests.append((key, v.split(separator: " ").map(String.init)))
            }
        }
        return Condition(match: e.attr("match") ?? "all", tests: tests)
    }

    func names(_ e: XMLElement) throws -> NamesElement {
        var name: NameElement?
        var etAl: (String, Formatting)?
        var label: LabelElement?
        var labelBefore = false
        var substitute: [Element]?
        for c in e.children {
            switch c.name {
            case "name":
                var given: NamePart?
                var family: NamePart?
                for p in c.all("name-part") {
                    if p.attr("name") == "given" { given = NamePart(formatting: Formatting(p)) }
                    if p.attr("name") == "family" { family = NamePart(formatting: Formatting(p)) }
                }
                name = NameElement(options: NameOptions(c, namePrefix: false), formatting: Formatting(c), given: given, family: family)
            case "et-al":
                etAl = (c.attr("term") ?? "et-al", Formatting(c))
            case "label":
                label = self.label(c)
                labelBefore = name == nil
            case "substitute":
                substitute = try children(c)
            default: continue
            }
        }
        let vars = (e.attr("variable") ?? "").split(separator: " ").map(String.init)
        return NamesElement(variables: vars, name: name, etAl: etAl, label: label, labelBeforeName: labelBefore,
                            substitute: substitute, delimiter: e.attr("delimiter"), formatting: Formatting(e))
    }

    func date(_ e: XMLElement) -> DateElement {
        let parts = e.all("date-part").map { p in
            DatePartElement(name: p.attr("name") ?? "", form: p.attr("form"), rangeDelimiter: p.attr("range-delimiter"),
                            formatting: Formatting(p), hasStripPeriods: p.attr("strip-periods") != nil)
        }
        return DateElement(variable: e.attr("variable") ?? "", form: e.attr("form"),
                           dateParts: e.attr("date-parts") ?? "year-month-day", parts: parts,
                           delimiter: e.attr("delimiter"), formatting: Formatting(e))
    }
}
