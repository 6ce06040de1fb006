import CLibXML2
import Foundation

enum XMLTree {
    /// Parses XML without network access, DTD loading or entity substitution.
    static func parse(_ data: Data, file: String) throws -> XMLElement {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue)
        let doc: xmlDocPtr? = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), file, nil, options)
        }
        guard let doc else {
            var line = 0
            var reason = "empty or unreadable document"
            if let err = xmlGetLastError() {
                line = Int(err.pointee.line)
                if let msg = err.pointee.message {
                    reason = String(cString: msg).trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
            throw CSLError.malformedXML(file: file, line: line, reason: reason)
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            throw CSLError.invalidStyle(file: file, reason: "no root element")
        }
        return convert(root)
    }

    private static func convert(_ node: xmlNodePtr) -> XMLElement {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var attributes: [String: String] = [:]
        var attr = node.pointee.properties
        while let a = attr {
            let key = a.pointee.name.map { String(cString: $0) } ?? ""
            var fullKey = key
            if let ns = a.pointee.ns, let prefix = ns.pointee.prefix {
                fullKey = String(cString: prefix) + ":" + key
            }
            if let value = xmlNodeGetContent(UnsafeMutablePointer(mutating: UnsafeRawPointer(a).assumingMemoryBound(to: xmlNode.self))) {
                attributes[fullKey] = String(cString: value)
                citekit_xmlFreeChar(value)
            } else {
                attributes[fullKey] = ""
            }
            attr = a.pointee.next
        }
        var children: [XMLElement] = []
        var text = ""
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(convert(c))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { text += String(cString: content) }
            default:
                break
            }
            child = c.pointee.next
        }
        return XMLElement(name: name, attributes: attributes, children: children, text: text)
    }
}
