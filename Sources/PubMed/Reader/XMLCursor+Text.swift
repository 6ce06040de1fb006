import Foundation
import CLibXML2

extension XMLCursor {
    /// The text of the current element and its descendants, markup dropped, whitespace collapsed.
    /// Leaves the cursor on the element's end. `nil` when the element holds no text.
    package func text() throws -> String? {
        scratch.removeAll(keepingCapacity: true)
        try appendContent(rich: false)
        return takeScratch()
    }

    /// The current element's content as CSL rich text: `<i>`, `<b>`, `<sup>`, `<sub>` and `<u>`
    /// kept, MathML rendered to readable text, whitespace collapsed.
    func richText() throws -> String? {
        scratch.removeAll(keepingCapacity: true)
        try appendContent(rich: true)
        return takeScratch()
    }

    /// An integer element (`Year`, `Volume`...), `nil` when it is not a number.
    func integer() throws -> Int? {
        try text().flatMap { Int($0) }
    }

    private func append(_ literal: StaticString) {
        scratch.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private func appendContent(rich: Bool) throws {
        if isEmptyElement { return }
        let elementDepth = depth
        while try read() {
            switch nodeType {
            case LibXML.text, LibXML.cdata, LibXML.whitespace, LibXML.significantWhitespace:
                if let value = valuePointer { appendBytes(of: value) }
            case LibXML.element:
                try appendElement(rich: rich)
            case LibXML.endElement where depth == elementDepth:
                return
            default:
                break
            }
        }
        throw PubMedError.malformed(file: file, line: line, column: column, message: "the document ends inside an element")
    }

    private func appendElement(rich: Bool) throws {
        switch tag {
        case .i: try wrap(rich, "<i>", "</i>")
        case .b: try wrap(rich, "<b>", "</b>")
        case .sup: try wrap(rich, "<sup>", "</sup>")
        case .sub: try wrap(rich, "<sub>", "</sub>")
        case .u: try wrap(rich, "<u>", "</u>")
        case .math: try appendMath(rich: rich)
        case .annotation, .annotationXML: try skipToEnd()
        default: try appendContent(rich: rich)
        }
    }

    private func wrap(_ rich: Bool, _ open: StaticString, _ close: StaticString) throws {
        if isEmptyElement { return }
        if rich { append(open) }
        try appendContent(rich: rich)
        if rich { append(close) }
    }

    /// Renders a MathML element as text: scripts become `<sup>`/`<sub>` (or `^`/`_` in plain
    /// text), fractions `a/b`, roots `√(x)`; TeX annotations are left out.
    private func appendMath(rich: Bool) throws {
        let layout = tag
        switch layout {
        case .annotation, .annotationXML: return try skipToEnd()
        case .mspace:
            scratch.append(0x20)
            return try skipToEnd()
        case .mmultiscripts: return try appendMultiscripts(rich: rich)
        case .none, .mprescripts: return try skipToEnd()
        default: break
        }
        if isEmptyElement { return }
        if layout == .msqrt || layout == .mroot { append("√(") }
        let elementDepth = depth
        var index = 0
        while try read() {
            switch nodeType {
            case LibXML.text, LibXML.cdata:
                // Indentation between MathML elements is not part of the formula.
                if let value = valuePointer, !isBlank(value) { appendBytes(of: value) }
            case LibXML.element:
                let (open, close) = scriptMarks(layout: layout, index: index, rich: rich)
                if layout == .mroot, index == 1 {
                    try skipToEnd()
                } else {
                    scratch.append(contentsOf: open)
                    try appendMath(rich: rich)
                    scratch.append(contentsOf: close)
                }
                index += 1
            case LibXML.endElement where depth == elementDepth:
                if layout == .msqrt || layout == .mroot { append(")") }
                return
            default:
                break
            }
        }
        throw PubMedError.malformed(file: file, line: line, column: column, message: "the document ends inside MathML")
    }

    /// `mmultiscripts`: a base, (sub, sup) pairs after it, then `mprescripts` and pairs before
    /// it (isotopes: ³He). Prescripts are read after the base, so their bytes are moved in front.
    private func appendMultiscripts(rich: Bool) throws {
        if isEmptyElement { return }
        let baseStart = scratch.count
        var prescriptStart: Int?
        var index = 0
        let elementDepth = depth
        while try read() {
            switch nodeType {
            case LibXML.element:
                if tag == .mprescripts {
                    prescriptStart = scratch.count
                    index = 0
                    try skipToEnd()
                    continue
                }
                if index == 0, prescriptStart == nil {
                    try appendMath(rich: rich)
                } else {
                    // Scripts alternate sub, sup; the base took index 0 of the postscripts.
                    let isSub = prescriptStart == nil ? index % 2 == 1 : index % 2 == 0
                    let (open, close) = scriptMarks(layout: isSub ? .msub : .msup, index: 1, rich: rich)
                    let before = scratch.count
                    scratch.append(contentsOf: open)
                    let contentStart = scratch.count
                    try appendMath(rich: rich)
                    if scratch.count == contentStart { scratch.removeSubrange(before...) } else { scratch.append(contentsOf: close) }
                }
                index += 1
            case LibXML.endElement where depth == elementDepth:
                if let start = prescriptStart, start < scratch.count {
                    let prescripts = Array(scratch[start...])
                    scratch.removeSubrange(start...)
                    scratch.insert(contentsOf: prescripts, at: baseStart)
                }
                return
            default:
                break
            }
        }
        throw PubMedError.malformed(file: file, line: line, column: column, message: "the document ends inside MathML")
    }

    private func isBlank(_ text: UnsafePointer<xmlChar>) -> Bool {
        var p = text
        while p.pointee != 0 {
            let byte = p.pointee
            if byte != 0x20, byte != 0x0A, byte != 0x09, byte != 0x0D { return false }
            p += 1
        }
        return true
    }

    private func scriptMarks(layout: Tag, index: Int, rich: Bool) -> ([UInt8], [UInt8]) {
        switch (layout, index) {
        case (.msup, 1), (.msubsup, 2):
            return rich ? (Array("<sup>".utf8), Array("</sup>".utf8)) : ([UInt8(ascii: "^")], [])
        case (.msub, 1), (.msubsup, 1):
            return rich ? (Array("<sub>".utf8), Array("</sub>".utf8)) : ([UInt8(ascii: "_")], [])
        case (.mfrac, 1):
            return ([UInt8(ascii: "/")], [])
        default:
            return ([], [])
        }
    }
}

/// Helpers for CSL rich text.
package enum RichText {
    private static let tags: [[UInt8]] = ["<i>", "</i>", "<b>", "</b>", "<sup>", "</sup>", "<sub>", "</sub>", "<u>", "</u>"]
        .map { Array($0.utf8) }

    /// The text with the CSL rich-text tags removed.
    package static func plain(_ rich: String) -> String {
        var utf8 = Array(rich.utf8)
        guard utf8.contains(UInt8(ascii: "<")) else { return rich }
        var out = 0
        var i = 0
        let count = utf8.count
        scan: while i < count {
            if utf8[i] == UInt8(ascii: "<") {
                for tag in tags where i + tag.count <= count && utf8[i..<(i + tag.count)].elementsEqual(tag) {
                    i += tag.count
                    continue scan
                }
            }
            utf8[out] = utf8[i]
            out += 1
            i += 1
        }
        return String(decoding: utf8[0..<out], as: UTF8.self)
    }
}
