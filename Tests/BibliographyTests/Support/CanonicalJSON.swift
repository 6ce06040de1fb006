import Foundation

/// JSON compared as values: key order ignored, numeric-string date parts read as numbers
/// (CSL-JSON allows both; the model stores numbers), empty trailing date parts dropped.
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
            if key == "date-parts" {
                return array.map { element -> Any in
                    guard let parts = element as? [Any] else { return element }
                    var ints: [Int] = []
                    for part in parts {
                        if let s = part as? String {
                            if s.trimmingCharacters(in: .whitespaces).isEmpty { break }
                            if let n = Int(s.trimmingCharacters(in: .whitespaces)) { ints.append(n) } else { return element }
                        } else if let n = part as? NSNumber {
                            ints.append(n.intValue)
                        }
                    }
                    return ints
                }
            }
            return array.map { canonicalize($0, key: nil) }
        }
        return value
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
