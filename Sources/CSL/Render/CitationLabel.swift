import Bibliography

/// The default `citation-label` (the "trigraph" of citeproc-js): letters of the first authors' family
/// names and a two-digit year ("Doe65", "RoNo78", "DEFG26").
enum CitationLabel {
    static func trigraph(_ item: Item) -> String {
        let names = ["author", "editor", "translator"].lazy.compactMap { item.names[$0] }.first ?? []
        let families = names.map { n -> String in
            let parts = NameParts(n)
            let f = parts.family ?? parts.literal ?? ""
            return String(f.filter { $0.isLetter })
        }
        var label = ""
        switch families.count {
        case 0: break
        case 1: label = String(families[0].prefix(4))
        case 2: label = families.map { String($0.prefix(2)) }.joined()
        case 3: label = String(families[0].prefix(2)) + families.dropFirst().map { String($0.prefix(1)) }.joined()
        default: label = families.prefix(4).map { String($0.prefix(1)) }.joined()
        }
        if let year = item.date("issued")?.year {
            label += String(format: "%02d", abs(year) % 100)
        }
        return label
    }
}

import Foundation
