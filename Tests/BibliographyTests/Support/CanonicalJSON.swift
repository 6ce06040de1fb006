import Foundation

/// JSON compared as values, key order ignored, and otherwise exact except for the two rewrites
/// the decoder is documented to make (each tested on its own in `CanonicalJSONTests`):
/// inside `date-parts`, a part written as a digit string (`"02"`) reads as its number, and trailing
/// empty-string parts are dropped. Anything else the decoder lost or changed shows as a difference.
enum CanonicalJSON {
    static func normalized(_ data: Data) throws -> String {
        let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        let canonical = canonicalize(object, key: nil)
        let out = try JSONSerialization.data(withJSONObject: canonical, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: out, as: UTF8.self)
    }

    private static func canonicalize(_ value: Any, key: String?) -> Any {
        if let dict = value as? [String: Any] {
            var out: [String: Any] = [:]
            for (k, v) in dict { out[k] = canonicalize(v, key: k) }
            return out
        }
        if let array = value as? [Any] {
            if key == "date-parts" { return array.map(rewrittenDateParts) }
            return array.map { canonicalize($0, key: nil) }
        }
        return value
    }

    /// One `[y, m, d]` element with the two listed rewrites applied; other parts are left as they are.
    private static func rewrittenDateParts(_ element: Any) -> Any {
        guard var parts = element as? [Any] else { return element }
        while let last = parts.last as? String, last.isEmpty { parts.removeLast() }
        return parts.map { part -> Any in
            guard let s = part as? String, isDigitString(s), let n = Int(s) else { return part }
            return n
        }
    }

    private static func isDigitString(_ s: String) -> Bool {
        let digits = s.hasPrefix("-") ? s.dropFirst() : Substring(s)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

/// Reads one `>>== NAME ==>> ... <<== NAME ==<<` section of a CSL test-suite fixture.
enum CSLTestSuiteSection {
    static func extract(_ name: String, from text: String) -> String? {
        var inside = false
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix(">>") && t.contains(" \(name) ") { inside = true; continue }
            if t.hasPrefix("<<") && t.contains(" \(name) ") { return lines.joined(separator: "\n") }
            if inside { lines.append(line) }
        }
        return nil
    }
}
