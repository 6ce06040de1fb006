import Bibliography
import Foundation
import Testing
@testable import CSL

/// Golden output of the bundled styles on real records (Fixtures/csl/items.json).
@Suite("Bundled styles")
struct BundledStylesTests {
    static func render(_ name: String, format: CSLOutputFormat = .text) throws -> [String] {
        let data = try Data(contentsOf: Support.root.appendingPathComponent("Fixtures/csl/items.json"))
        let items = try Bibliography(cslJSON: data, file: "items.json").items
        let style = try CSLStyle(contentsOf: StyleLibrary.resolve(nameOrPath: name))
        return try CSLProcessor(style: style, locales: Support.locales).bibliography(items, format: format)
    }

    @Test("vancouver follows Citing Medicine")
    func vancouver() throws {
        let out = try Self.render("vancouver")
        #expect(out.first == "1. Schmidt CC, Georgescu HI, Kwoh CK. Effect of growth factors on the proliferation of fibroblasts from the medial collateral and anterior cruciate ligaments. J Orthop Res. 1995;13(2):184–90.")
        #expect(out.count == 4)
    }

    @Test("apa sorts by author and writes the DOI as a URL")
    func apa() throws {
        let out = try Self.render("apa")
        #expect(out.first == "Kim, S. R., Stitik, T. P., Foye, P. M., Greenwald, B. D., & Campagnolo, D. I. (2004). Critical review of prolotherapy for osteoarthritis, low back pain, and other musculoskeletal conditions: a physiatric perspective. Am J Phys Med Rehabil, 83(5), 379–389. https://doi.org/10.1097/01.phm.0000124443.31707.74")
    }

    @Test("ieee numbers entries in brackets with initials first")
    func ieee() throws {
        let out = try Self.render("ieee", format: .html)
        #expect(out.first?.contains(#"<div class="csl-left-margin">[1]</div><div class="csl-right-inline">C. C. Schmidt, H. I. Georgescu, and C. K. Kwoh, “Effect of growth factors"#) == true)
    }

    @Test("chicago author-date uses title case (the specification's stop words only) and a year after the authors")
    func chicago() throws {
        let out = try Self.render("chicago-author-date")
        #expect(out[1] == "Klein, R. G., T. A. Dorman, and C. E. Johnson. 1989. “Proliferant Injections for Low Back Pain: Histologic Changes of Injected Ligaments and Objective Measurements of Lumbar Spine Mobility Before and After Treatment.” J Neurol Orthop Med Surg 10: 123–26.")
    }

    @Test("every bundled style renders every item")
    func all() throws {
        for name in ["american-medical-association", "harvard-cite-them-right", "nlm-citation-sequence", "vancouver-nlm"] {
            let out = try Self.render(name)
            #expect(out.count == 4, "\(name)")
            // Each item appears in its own entry, with its first author and the start of its title.
            for (family, title) in [("Schmidt", "effect of growth factors"), ("Liu", "an in situ study"),
                                    ("Klein", "proliferant injections"), ("Kim", "critical review of prolotherapy")] {
                #expect(out.filter { $0.contains(family) && $0.lowercased().contains(title) }.count == 1, "\(name): \(family)")
            }
        }
    }
}
