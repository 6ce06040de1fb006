/// Word lists for sentence splitting and marker recognition. They are about English prose conventions,
/// not about any page.
enum Abbreviations {
    /// Words whose period never ends a sentence (titles before names, Latin abbreviations, labels before
    /// numbers), lowercased, without their final period.
    static let nonTerminal: Set<String> = [
        "dr", "drs", "mr", "mrs", "ms", "mx", "prof", "sr", "jr", "st", "mt", "rev", "hon", "gen", "col", "capt",
        "lt", "sgt", "gov", "sen", "rep", "pres", "messrs", "mme", "mlle",
        "e.g", "i.e", "cf", "viz", "al", "vs", "approx", "ca", "c", "resp", "incl", "esp", "ibid", "op", "cit",
        "fig", "figs", "no", "nos", "vol", "vols", "p", "pp", "ch", "chap", "sec", "eq", "eqs", "ref", "refs",
        "tab", "ed", "eds", "ver", "art", "para", "dept", "univ", "inst", "assoc", "ave", "blvd", "rd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ph.d", "m.d", "d.o", "b.sc", "m.sc", "u.s", "u.k", "a.m", "p.m",
    ]

    /// Labels after which a number is a figure, volume or page number, not a citation (`Fig.1`).
    static let numberLabels: Set<String> = [
        "fig", "figs", "no", "nos", "vol", "vols", "p", "pp", "ch", "chap", "sec", "eq", "eqs", "ref", "refs",
        "tab", "table", "ver", "v", "art", "para", "n", "ed", "eds", "vs", "ca", "approx", "e.g", "i.e", "step",
        "phase", "grade", "type", "stage", "level", "version", "chapter", "section", "page", "figure",
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
