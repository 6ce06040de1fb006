import Foundation

/// Logistic regression with targets in 0…1, fitted by full-batch gradient descent on features
/// standardised to mean 0 and deviation 1, then returned for raw features. Deterministic: the
/// same samples give the same coefficients.
public struct LogisticFitter: Sendable {
    /// One observation: feature values and the target probability.
    public struct Sample: Sendable, Hashable {
        /// Feature values, the same order in every sample.
        public var features: [Double]
        /// The observed probability (0…1) the model should predict.
        public var target: Double
        /// An observation.
        public init(features: [Double], target: Double) {
            self.features = features
            self.target = target
        }
    }

    /// Gradient-descent steps.
    public var iterations: Int
    /// Step size on the standardised features.
    public var learningRate: Double

    /// A fitter with the given schedule.
    public init(iterations: Int = 3000, learningRate: Double = 0.5) {
        self.iterations = iterations
        self.learningRate = learningRate
    }

    /// Samples that do not share one feature layout.
    public enum FitError: Error, Equatable, CustomStringConvertible {
        /// Sample `index` has `found` features where the first sample has `expected`.
        case featureCountMismatch(index: Int, expected: Int, found: Int)

        public var description: String {
            switch self {
            case .featureCountMismatch(let index, let expected, let found):
                "sample \(index) has \(found) features where the first sample has \(expected); every sample needs the same features in the same order"
            }
        }
    }

    /// Intercept then one coefficient per feature, for raw feature values; empty without samples.
    /// - Throws: ``FitError/featureCountMismatch(index:expected:found:)`` when the samples differ in length.
    public func fit(_ samples: [Sample]) throws -> [Double] {
        guard let width = samples.first?.features.count, width > 0 else { return [] }
        if let bad = samples.firstIndex(where: { $0.features.count != width }) {
            throw FitError.featureCountMismatch(index: bad, expected: width, found: samples[bad].features.count)
        }
        let n = Double(samples.count)
        var mean = [Double](repeating: 0, count: width), deviation = mean
        for s in samples { for j in 0..<width { mean[j] += s.features[j] / n } }
        for s in samples { for j in 0..<width { deviation[j] += (s.features[j] - mean[j]) * (s.features[j] - mean[j]) / n } }
        deviation = deviation.map { $0 > 1e-12 ? $0.squareRoot() : 1 }
        let x = samples.map { s in (0..<width).map { (s.features[$0] - mean[$0]) / deviation[$0] } }
        var w = [Double](repeating: 0, count: width + 1)
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: width + 1)
            for (row, s) in zip(x, samples) {
                var z = w[0]
                for j in 0..<width { z += w[j + 1] * row[j] }
                let error = 1 / (1 + exp(-z)) - s.target
                gradient[0] += error / n
                for j in 0..<width { gradient[j + 1] += error * row[j] / n }
            }
            for j in 0...width { w[j] -= learningRate * gradient[j] }
        }
        // Back to raw units: z = w0 + Σ wj (xj − mj) / sj.
        var raw = [w[0]]
        for j in 0..<width {
            raw[0] -= w[j + 1] * mean[j] / deviation[j]
            raw.append(w[j + 1] / deviation[j])
        }
        return raw
    }
}
