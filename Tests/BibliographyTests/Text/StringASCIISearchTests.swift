import Foundation
import Testing

@testable import Bibliography

@Suite("String.containsIgnoringASCIICase")
struct StringASCIISearchTests {
    @Test("finds an ASCII needle in either case anywhere, and nothing that is not there")
    func examples() {
        #expect("Smith J, Jones B, ET AL. Title.".containsIgnoringASCIICase("et al"))
        #expect("see https://x.org".containsIgnoringASCIICase("HTTP"))
        #expect("Müller K. Doi:10.1/x".containsIgnoringASCIICase("doi"))
        #expect(!"Smith J, etal.".containsIgnoringASCIICase("et al"))
        #expect(!"pmi".containsIgnoringASCIICase("pmid"))
        #expect(!"".containsIgnoringASCIICase("doi"))
        #expect("x".containsIgnoringASCIICase(""))
        #expect("PMID".containsIgnoringASCIICase("pmid"))
        #expect(!"[@]".containsIgnoringASCIICase("`"))  // folding maps only A-Z (0x40 and 0x60 stay apart)
    }

    @Test("agrees with lowercased().contains for ASCII needles on mixed text")
    func agreesWithFoundation() {
        let texts = ["Van der Berg, et Al (2001)", "DOI 10.1000/ABC", "no identifiers here", "PubMed PMID: 123", "Ångström éT AL", "httpx"]
        for text in texts {
            for needle in ["et al", "doi", "http", "pmid", "x"] {
                #expect(text.containsIgnoringASCIICase(needle) == text.lowercased().contains(needle), "\(text) / \(needle)")
            }
        }
    }
}
