import Foundation

/// Weighs each claim term by how likely an abstract that addresses the claim is to contain it:
/// a logistic model over ``TermFeature`` values, raised to ``exponent``. Claim wording that
/// findings are reported in ("associated", "increases") weighs less than the claim's topic.
public struct QueryTermWeighting: Sendable, Hashable, Codable {
    /// Intercept, then one coefficient per ``TermFeature`` in `allCases` order.
    public var coefficients: [Double]
    /// The probability is raised to this power (0 gives every term weight 1).
    public var exponent: Double

    /// A weighting with the given coefficients (intercept first).
    public init(coefficients: [Double], exponent: Double) {
        self.coefficients = coefficients
        self.exponent = exponent
    }

    /// The weight of a term with the given feature values (in `TermFeature.allCases` order).
    public func weight(_ features: [Double]) -> Double {
        pow(probability(features), exponent)
    }

    /// The modelled probability that an abstract addressing the claim holds the term.
    public func probability(_ features: [Double]) -> Double {
        var z = coefficients.first ?? 0
        for (c, x) in zip(coefficients.dropFirst(), features) { z += c * x }
        return 1 / (1 + exp(-z))
    }

    /// Coefficients fitted by `evidence-eval scifact --fit`: logistic regression of "the term
    /// occurs in the claim's gold abstract" (the share of gold abstracts holding it) on the
    /// distinct terms of the SciFact train claims with EVEN ids only (the odd ids stay held out),
    /// by ``LogisticFitter`` on standardised features; the exponent was chosen on the same split.
    public static let fitted = QueryTermWeighting(
        coefficients: [-0.7025, -0.0368, 3.5225, 1.6052, -0.3967, 0.8481, 0.9108],
        exponent: 1.5)
}
