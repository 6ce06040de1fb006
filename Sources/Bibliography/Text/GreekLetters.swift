/// Greek letters and the English names text spells them with (`α` → `alpha`), one table for every
/// module that folds or recognises them (title matching, the evidence tokenizer, hyphenation repair).
public enum GreekLetters {
    /// Each lowercase Greek letter, and the micro sign, with its English name.
    public static let names: [Character: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta",
        "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "µ": "mu", "ν": "nu", "ξ": "xi",
        "ο": "omicron", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma", "τ": "tau", "υ": "upsilon",
        "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
    ]

    /// The names spelled out (`alpha`, `beta`, ...).
    public static let spelledOut: Set<String> = Set(names.values)
}
