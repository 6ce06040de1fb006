import Bibliography
import Foundation
import Yams

/// Reads CSL-YAML: a list of CSL items, or a mapping with a `references` list (pandoc's form).
/// Dates may be CSL-JSON shaped (`date-parts`), pandoc's list of `{year, month, day}` objects, or
/// an EDTF string (`2001-03-15`, `1998/2000`).
public enum CSLYAMLReader {
    /// The items of a CSL-YAML file; a file that is not YAML gives one error with its position.
    public static func read(_ data: Data, file: String) -> FormatReadResult {
        let text = String(decoding: data, as: UTF8.self)
        let node: Any?
        do {
            // The core schema without timestamps: "2001-03-15" stays text, as CSL wants it.
            let root = try Yams.compose(yaml: text, Resolver.default.removing(.timestamp))
            // Yams' constructor traps on a mapping key that is not a scalar (`? [a, b]: c`); refuse it first.
            if let key = root.flatMap(firstComplexKey) {
                let mark = key.mark
                return FormatReadResult(diagnostics: [FormatDiagnostic(
                    file: file, location: SourceLocation(line: mark?.line ?? 1, column: mark?.column ?? 1), severity: .error,
                    message: "not valid CSL-YAML: a mapping key must be a plain name, not a list or a mapping")])
            }
            node = root?.any
        } catch let error as YamlError {
            return FormatReadResult(diagnostics: [diagnostic(error, file: file)])
        } catch {
            return FormatReadResult(diagnostics: [FormatDiagnostic(file: file, location: SourceLocation(line: 1, column: 1), severity: .error, message: "\(error)")])
        }
        var list: [Any] = []
        if let array = node as? [Any] {
            list = array
        } else if let map = node as? [String: Any] {
            list = map["references"] as? [Any] ?? [map]
        }
        var result = FormatReadResult()
        for (k, element) in list.enumerated() {
            guard let map = element as? [String: Any] else {
                result.diagnostics.append(FormatDiagnostic(file: file, location: SourceLocation(line: 1, column: 1), severity: .error, message: "reference \(k + 1) is not a mapping"))
                continue
            }
            var object: [String: Any] = [:]
            for (key, value) in map {
                object[key] = Item.dateVariables.contains(key) ? cslDate(value) : jsonCompatible(value)
            }
            do {
                let json = try JSONSerialization.data(withJSONObject: [object])
                result.items += try Bibliography(cslJSON: json, file: file).items
            } catch {
                result.diagnostics.append(FormatDiagnostic(file: file, location: SourceLocation(line: 1, column: 1), severity: .error, message: "reference \(k + 1): \(error)"))
            }
        }
        return result
    }

    /// The first mapping key in a node tree that is a sequence or a mapping (walked without recursion).
    static func firstComplexKey(in root: Node) -> Node? {
        var pending = [root]
        while let node = pending.popLast() {
            if let mapping = node.mapping {
                for (key, value) in mapping {
                    if key.scalar == nil { return key }
                    pending.append(value)
                }
            } else if let sequence = node.sequence {
                pending.append(contentsOf: sequence)
            }
        }
        return nil
    }

    private static func diagnostic(_ error: YamlError, file: String) -> FormatDiagnostic {
        var location = SourceLocation(line: 1, column: 1)
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            location = SourceLocation(line: mark.line, column: mark.column)
        default: break
        }
        return FormatDiagnostic(file: file, location: location, severity: .error, message: "not valid YAML: \(error)")
    }

    /// YAML scalars as JSON values (dates never appear: the resolver keeps them text).
    static func jsonCompatible(_ value: Any) -> Any {
        switch value {
        case let map as [String: Any]: return map.mapValues(jsonCompatible)
        case let array as [Any]: return array.map(jsonCompatible)
        case let s as String: return s
        case let b as Bool: return b
        case let i as Int: return i
        case let d as Double: return d
        default: return value is NSNull ? NSNull() : "\(value)"
        }
    }

    /// A date in any of CSL-YAML's forms as a CSL-JSON date object.
    static func cslDate(_ value: Any) -> Any {
        if let text = value as? String ?? (value as? Int).map(String.init) {
            if let date = BibTeXDate.parse(biblatex: text), date.literal == nil {
                var out: [String: Any] = ["date-parts": date.dateParts]
                if date.isCirca { out["circa"] = true }
                return out
            }
            return ["literal": text]
        }
        if let list = value as? [Any], list.allSatisfy({ $0 is [String: Any] }) {
            // pandoc's form: one `{year, month, day}` object per end of a range.
            let ends = list.compactMap { $0 as? [String: Any] }
            var parts: [[Int]] = []
            var out: [String: Any] = [:]
            for end in ends {
                if let literal = end["literal"] { return ["literal": jsonCompatible(literal)] }
                var p: [Int] = []
                for key in ["year", "month", "day"] {
                    guard let v = end[key], let n = v as? Int ?? (v as? String).flatMap({ Int($0) }) else { break }
                    p.append(n)
                }
                if !p.isEmpty { parts.append(p) }
                if let season = end["season"], out["season"] == nil { out["season"] = jsonCompatible(season) }
                if let circa = end["circa"] { out["circa"] = jsonCompatible(circa) }
            }
            if !parts.isEmpty { out["date-parts"] = parts }
            return out
        }
        return jsonCompatible(value)
    }
}
