import Testing
@testable import CSL

@Suite("Names")
struct NamesTests {
    static let three = """
    [{"id":"a","type":"book","author":[{"family":"Doe","given":"John Roger"},{"family":"Roe","given":"Jane"},{"family":"Poe","given":"Edgar Allan"}]}]
    """

    @Test("long names in display order joined with delimiter and the and term")
    func displayOrder() throws {
        let out = try Support.cite(#"<names variable="author"><name and="text"/></names>"#, Self.three)
        #expect(out == "John Roger Doe, Jane Roe, and Edgar Allan Poe")
    }

    @Test("name-as-sort-order first inverts the first name only, with initials")
    func sortOrderFirst() throws {
        let out = try Support.cite(#"<names variable="author"><name name-as-sort-order="first" initialize-with=". " and="symbol" delimiter-precedes-last="never"/></names>"#, Self.three)
        #expect(out == "Doe, J. R., J. Roe & E. A. Poe")
    }

    @Test("names in Chinese, Japanese or Korean script keep the given name whole, family first without a space (citeproc-js)")
    func nonLatinScripts() throws {
        let json = #"[{"id":"a","author":[{"family":"李","given":"小龙"},{"family":"Lee","given":"Bruce"}]}]"#
        let out = try Support.cite(#"<names variable="author"><name name-as-sort-order="all" initialize-with=". " sort-separator=", "/></names>"#, json)
        #expect(out == "李小龙, Lee, B.")
    }

    @Test("delimiter-precedes-last after-inverted-name: a literal (institutional) name is not inverted")
    func literalNotInverted() throws {
        let json = #"[{"id":"a","author":[{"family":"Doe","given":"John"},{"literal":"World Health Organization"},{"family":"Roe","given":"Jane"}]}]"#
        let layout = #"<names variable="author"><name name-as-sort-order="first" and="text" delimiter-precedes-last="after-inverted-name"/></names>"#
        let two = #"[{"id":"a","author":[{"literal":"World Health Organization"},{"family":"Roe","given":"Jane"}]}]"#
        #expect(try Support.cite(layout, json) == "Doe, John, World Health Organization and Jane Roe")
        #expect(try Support.cite(layout, two) == "World Health Organization and Jane Roe")
    }

    @Test("the dropping particle takes the given name-part's formatting, the family name-part's not")
    func droppingParticleFormatting() throws {
        let json = #"[{"id":"a","author":[{"family":"Beethoven","given":"Ludwig","dropping-particle":"van"}]}]"#
        let layout = #"<names variable="author"><name><name-part name="given" font-style="italic"/><name-part name="family" text-case="uppercase"/></name></names>"#
        #expect(try Support.cite(layout, json, format: .html) == "<i>Ludwig</i> <i>van</i> BEETHOVEN")
    }

    @Test("inverted, a demoted non-dropping particle keeps the family name-part's formatting inside the given part's affixes")
    func demotedParticleFormatting() throws {
        let json = #"[{"id":"a","author":[{"family":"Gogh","given":"Vincent","non-dropping-particle":"van"}]}]"#
        let layout = #"<names variable="author"><name name-as-sort-order="all"><name-part name="family" font-style="italic"/><name-part name="given" prefix="(" suffix=")"/></name></names>"#
        #expect(try Support.cite(layout, json, format: .html, styleAttributes: #"demote-non-dropping-particle="display-and-sort""#)
                == "<i>Gogh</i>, (Vincent <i>van</i>)")
    }

    @Test("a family name in double quotes is taken as written: quotes removed, no particle parsing")
    func quotedFamily() throws {
        let json = #"[{"id":"a","author":[{"family":"\"van Dyke\"","given":"Dick"}]}]"#
        #expect(try Support.cite(#"<names variable="author"><name name-as-sort-order="all"/></names>"#, json) == "van Dyke, Dick")
    }

    @Test("et-al after et-al-use-first names once et-al-min is reached")
    func etAl() throws {
        let out = try Support.cite(#"<names variable="author"><name et-al-min="3" et-al-use-first="1" form="short"/></names>"#, Self.three)
        #expect(out == "Doe et al.")
    }

    @Test("an author list the source cut short (author-et-al) ends in et al. below et-al-min, without the and term")
    func cutShortList() throws {
        let json = #"[{"id":"a","author-et-al":true,"author":[{"family":"Doe","given":"J. R."},{"family":"Roe","given":"J."}]}]"#
        let style = #"<names variable="author"><name name-as-sort-order="all" sort-separator=" " initialize-with="" delimiter=", " and="text" et-al-min="7" et-al-use-first="6"/></names>"#
        #expect(try Support.cite(style, json) == "Doe JR, Roe J, et al.")
        let editors = #"[{"id":"a","author-et-al":true,"editor":[{"family":"Doe","given":"J. R."}]}]"#
        #expect(try Support.cite(#"<names variable="editor"><name/></names>"#, editors) == "J. R. Doe")
    }

    @Test("et-al-use-last shows an ellipsis and the last name")
    func etAlUseLast() throws {
        let json = #"[{"id":"a","author":[{"family":"A"},{"family":"B"},{"family":"C"},{"family":"D"}]}]"#
        let out = try Support.cite(#"<names variable="author"><name et-al-min="3" et-al-use-first="1" et-al-use-last="true" form="short"/></names>"#, json)
        #expect(out == "A, … D")
    }

    @Test("initialize-with without spaces for Vancouver-style initials")
    func initials() throws {
        let out = try Support.cite(#"<names variable="author"><name name-as-sort-order="all" sort-separator=" " initialize-with="" delimiter=", "/></names>"#, Self.three)
        #expect(out == "Doe JR, Roe J, Poe EA")
    }

    @Test("hyphenated given names keep the hyphen between initials")
    func hyphenInitials() {
        #expect(NameParts.initialize("Jean-Paul", with: ". ", initialize: true, hyphen: true) == "J.-P.")
        #expect(NameParts.initialize("Jean-Paul", with: ".", initialize: true, hyphen: false) == "J.P.")
        #expect(NameParts.initialize("John M.E.", with: ". ", initialize: false, hyphen: true) == "John M. E.")
    }

    @Test("particles: non-dropping stays with the family name, demoted in sort order")
    func particles() throws {
        let json = #"[{"id":"a","author":[{"family":"Beethoven","given":"Ludwig","dropping-particle":"van"},{"family":"Fontaine","given":"Jean","non-dropping-particle":"de La"}]}]"#
        let display = try Support.cite(#"<names variable="author"><name/></names>"#, json)
        #expect(display == "Ludwig van Beethoven, Jean de La Fontaine")
        let inverted = try Support.cite(#"<names variable="author"><name name-as-sort-order="all"/></names>"#, json)
        #expect(inverted == "Beethoven, Ludwig van, Fontaine, Jean de La")
        let never = try Support.cite(#"<names variable="author"><name name-as-sort-order="all"/></names>"#, json,
                                     styleAttributes: #"demote-non-dropping-particle="never""#)
        #expect(never == "Beethoven, Ludwig van, de La Fontaine, Jean")
    }

    @Test("substitute renders the editor when there is no author, and suppresses it afterwards")
    func substitute() throws {
        let json = #"[{"id":"a","title":"T","editor":[{"family":"Ed","given":"Ann"}]}]"#
        let layout = #"<group delimiter=". "><names variable="author"><name/><label prefix=" (" suffix=")" form="short"/><substitute><names variable="editor"/></substitute></names><names variable="editor"/><text variable="title"/></group>"#
        let out = try Support.cite(layout, json)
        #expect(out == "Ann Ed (ed.). T")
    }

    @Test("institutional names are not split")
    func literal() throws {
        let json = #"[{"id":"a","author":[{"literal":"World Health Organization"}]}]"#
        let out = try Support.cite(#"<names variable="author"><name name-as-sort-order="all" initialize-with="."/></names>"#, json)
        #expect(out == "World Health Organization")
    }

    @Test("form count returns the number of names")
    func count() throws {
        let out = try Support.cite(#"<names variable="author"><name form="count"/></names>"#, Self.three)
        #expect(out == "3")
    }

    @Test("cs:name's affixes and formatting apply to each personal name, not to a literal name (CSL 1.0.2 Name: the formatting of individual names; citeproc-js _renderNames)")
    func nameAffixesPerName() throws {
        let json = #"[{"id":"a","author":[{"family":"Rio","given":"Ebonie"},{"family":"Cook","given":"Jill"}]},{"id":"b","author":[{"literal":"World Health Organization"},{"family":"Turner","given":"Anne"}]}]"#
        let layout = #"<names variable="author"><name suffix="." initialize-with="" name-as-sort-order="all" sort-separator=" " delimiter=", " font-style="italic"/></names>"#
        let out = try Support.bib(layout, json, format: .html)
        #expect(out == ["<i>Rio E</i>., <i>Cook J</i>.", "World Health Organization, <i>Turner A</i>."])
    }

    @Test("a name variable given in note as \"reviewed-author: Hall || W.C.\" is read as family || given, other values as a literal name (citeproc-js cheater syntax)")
    func namesFromNote() throws {
        let json = #"[{"id":"a","title":"T","note":"reviewed-author: Hall || W.C.\nreviewed-author: Deaf Society\ngenre: Commentary\nkept line"}]"#
        let out = try Support.bib(#"<group delimiter=", "><text variable="genre"/><names variable="reviewed-author"><name initialize-with=". " and="text"/></names><text variable="note"/></group>"#, json)
        #expect(out == ["Commentary, W. C. Hall and Deaf Society, kept line"])
    }

    @Test("an \"and\" term that does not start in a word-spacing script is joined without spaces: Chinese 和, Hebrew vav (citeproc-js STARTSWITH_ROMANESQUE_REGEXP)")
    func nonRomanesqueAnd() throws {
        let json = #"[{"id":"a","author":[{"family":"张","given":"伟"},{"family":"李","given":"娜"}]}]"#
        let layout = #"<names variable="author"><name and="text"/></names>"#
        let chinese = try Support.cite(layout, json, macros: #"<locale><terms><term name="and">和</term></terms></locale>"#)
        #expect(chinese == "张伟和李娜")
        let latin = try Support.cite(layout, json, macros: #"<locale><terms><term name="and">și</term></terms></locale>"#)
        #expect(latin == "张伟 și 李娜")
    }
}
