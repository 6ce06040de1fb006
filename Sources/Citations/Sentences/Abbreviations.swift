/// Word lists for sentence splitting and marker recognition. They are about English prose conventions,
/// not about any page.
enum Abbreviations {
    /// Capitalised abbreviations that stand before a name, whose period never ends a sentence (`Dr.`, `St.`);
    /// matched with their case, so that the unit `ms.` still can.
    static let titles: Set<String> = [
        "Dr", "Drs", "Mr", "Mrs", "Ms", "Mx", "Prof", "Sr", "Jr", "St", "Mt", "Rev", "Hon", "Gen", "Col", "Capt",
        "Lt", "Sgt", "Gov", "Sen", "Rep", "Pres", "Messrs", "Mme", "Mlle", "Dept", "Univ", "Inst", "Assoc", "Ave",
        "Blvd", "Rd", "Ph.D", "M.D", "D.O", "B.Sc", "M.Sc",
    ]

    /// Latin and scholarly abbreviations whose period never ends a sentence, lowercased (`et al.`, `e.g.`).
    static let nonTerminal: Set<String> = [
        "e.g", "i.e", "cf", "viz", "al", "vs", "approx", "resp", "incl", "esp", "ibid", "op", "cit", "u.s", "u.k",
        "a.m", "p.m",
    ]

    /// Labels whose period does not end a sentence when a number follows (`Fig. 2`, `No. 5`, `pp. 12`,
    /// `Jan. 5`), lowercased; before a word they may (`The answer is no. Then`).
    static let beforeNumber: Set<String> = [
        "fig", "figs", "no", "nos", "vol", "vols", "p", "pp", "ch", "chap", "sec", "eq", "eqs", "ref", "refs",
        "tab", "ed", "eds", "ver", "art", "para", "ca", "c", "n",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Labels after which a number is a figure, volume or page number, not a citation (`Fig.1`).
    static let numberLabels: Set<String> = [
        "fig", "figs", "no", "nos", "vol", "vols", "p", "pp", "ch", "chap", "sec", "eq", "eqs", "ref", "refs",
        "tab", "table", "ver", "v", "art", "para", "n", "ed", "eds", "vs", "ca", "approx", "e.g", "i.e", "step",
        "phase", "grade", "type", "stage", "level", "version", "chapter", "section", "page", "figure", "pl", "pls",
        "plate",
    ]

    /// Amino-acid codes whose superscript is a residue number (`Met¹⁴⁹`, `Cys<sup>333</sup>`).
    static let aminoAcids: Set<String> = [
        "Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met", "Phe", "Pro",
        "Ser", "Thr", "Trp", "Tyr", "Val", "Sec", "Pyl",
    ]

    /// Units whose superscript is an exponent (`m²`, `cm<sup>3</sup>`).
    static let units: Set<String> = [
        "m", "cm", "mm", "km", "nm", "µm", "μm", "dm", "g", "kg", "mg", "s", "ms", "in", "ft", "yd", "mi",
        "l", "L", "ml", "mL", "dl", "dL", "sec", "min", "h", "hr", "x", "e",
    ]
}
