import Foundation

/// An sRGB colour written `#rrggbb`, with the WCAG 2 relative luminance and contrast ratio.
public struct Colour: Sendable, Hashable, CustomStringConvertible {
    /// Red, green and blue, 0...255.
    public var red: UInt8, green: UInt8, blue: UInt8

    /// A colour from its components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from `0xRRGGBB`.
    public init(hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
    }

    /// `#rrggbb`, as CSS writes it.
    public var description: String {
        "#" + [red, green, blue].map { component in
            let text = String(component, radix: 16)
            return text.count == 1 ? "0" + text : text
        }.joined()
    }

    /// WCAG 2.x relative luminance (0 black ... 1 white).
    public var luminance: Double {
        func linear(_ component: UInt8) -> Double {
            let c = Double(component) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2.x contrast ratio between two colours, 1...21 (AA asks 4.5 for text, 3 for large text and outlines).
    public static func contrast(_ a: Colour, _ b: Colour) -> Double {
        let (light, dark) = a.luminance >= b.luminance ? (a.luminance, b.luminance) : (b.luminance, a.luminance)
        return (light + 0.05) / (dark + 0.05)
    }
}

