import Foundation
@testable import HTMLReport
import Testing

@Suite struct PaletteTests {
    @Test("WCAG contrast: black on white is 21, a colour on itself 1, and a known pair")
    func contrastFormula() {
        #expect(abs(Colour.contrast(Colour(hex: 0x000000), Colour(hex: 0xFFFFFF)) - 21) < 1e-9)
        #expect(abs(Colour.contrast(Colour(hex: 0x1A56DB), Colour(hex: 0x1A56DB)) - 1) < 1e-9)
        // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
        #expect(abs(Colour.contrast(Colour(hex: 0x767676), Colour(hex: 0xFFFFFF)) - 4.54) < 0.01)
        #expect(Colour(hex: 0x1A56DB).description == "#1a56db")
    }

    @Test("every text and background pair of the stylesheet meets WCAG AA")
    func pairsMeetAA() throws {
        let palette = Palette.standard
        for pair in palette.pairs {
            let foreground = try #require(palette.colour(pair.foreground), "\(pair.foreground) is not in the palette")
            let background = try #require(palette.colour(pair.background), "\(pair.background) is not in the palette")
            let ratio = Colour.contrast(foreground, background)
            #expect(ratio >= pair.minimum, "\(pair.usage): \(foreground) on \(background) is \(ratio):1")
        }
    }

    @Test("the stylesheet uses only the palette's colours, and each it names exists")
    func stylesheetColoursComeFromThePalette() throws {
        let css = Stylesheet.template
        #expect(css.range(of: #"#[0-9a-fA-F]{3,8}\b"#, options: .regularExpression) == nil)
        #expect(css.range(of: #"\b(rgb|hsl)a?\("#, options: .regularExpression) == nil)
        let names = Set(Palette.standard.entries.map(\.name))
        let used = css.matches(of: /var\(--([a-z-]+)\)/).map { String($0.1) }
        #expect(!used.isEmpty)
        #expect(used.filter { !names.contains($0) } == [])
        // Every colour and background property goes through a palette variable (or currentColor/transparent).
        for match in css.matches(of: /(?:^|[;{\s])(color|background|outline|border(?:-[a-z]+)?):\s*([^;}]+)/) {
            let value = String(match.2)
            let hasColourWord = value.range(of: #"\b(red|green|blue|black|white|gr[ae]y|yellow|orange)\b"#, options: .regularExpression) != nil
            #expect(!hasColourWord, "\(match.1): \(value)")
        }
    }

    @Test("the rendered stylesheet defines every palette colour as a custom property")
    func renderedStylesheet() throws {
        let files = try EvidenceReport(pages: []).files()
        let index = try #require(files.first?.contents)
        for entry in Palette.standard.entries {
            #expect(index.contains("--\(entry.name): \(entry.colour);"))
        }
    }
}
