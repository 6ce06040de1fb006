import Testing
@testable import CSL

/// CSL 1.0.2, Reference Grouping: `subsequent-author-substitute-rule` decides what the substitute
/// replaces: the whole name list when every name matches the preceding entry's (`complete-all`, the
/// default), each name on such a complete match (`complete-each`), each name from the first up to the
/// first mismatch (`partial-each`), or only a matching first name (`partial-first`).
@Suite("subsequent-author-substitute-rule")
struct SubsequentAuthorRuleTests {
    static let items = """
    [{"id":"1","title":"One","author":[{"literal":"World Health Organization"}]},
     {"id":"2","title":"Two","author":[{"literal":"World Health Organization"},{"family":"Turner","given":"Anne"}]},
     {"id":"3","title":"Three","author":[{"literal":"World Health Organization"},{"family":"Turner","given":"Anne"}]},
     {"id":"4","title":"Four","author":[{"literal":"World Health Organization"},{"family":"Roe","given":"Jane"}]}]
    """
    static let layout = #"<group delimiter=", "><names variable="author"><name and="text"/></names><text variable="title"/></group>"#

    func render(_ rule: String?) throws -> [String] {
        let attributes = #"subsequent-author-substitute="——""# + (rule.map { #" subsequent-author-substitute-rule="\#($0)""# } ?? "")
        return try Support.bib(Self.layout, Self.items, bibliographyAttributes: attributes)
    }

    @Test("complete-all (the default) replaces the whole list only when every name matches")
    func completeAll() throws {
        #expect(try render(nil) == ["World Health Organization, One", "World Health Organization and Anne Turner, Two",
                                    "——, Three", "World Health Organization and Jane Roe, Four"])
    }

    @Test("complete-each replaces each name, keeping the \"and\", when every name matches")
    func completeEach() throws {
        #expect(try render("complete-each") == ["World Health Organization, One", "World Health Organization and Anne Turner, Two",
                                                "—— and ——, Three", "World Health Organization and Jane Roe, Four"])
    }

    @Test("partial-each replaces the names that match from the first up to the first mismatch")
    func partialEach() throws {
        #expect(try render("partial-each") == ["World Health Organization, One", "—— and Anne Turner, Two",
                                               "—— and ——, Three", "—— and Jane Roe, Four"])
    }

    @Test("partial-first replaces only a matching first name")
    func partialFirst() throws {
        #expect(try render("partial-first") == ["World Health Organization, One", "—— and Anne Turner, Two",
                                                "—— and Anne Turner, Three", "—— and Jane Roe, Four"])
    }
}
