internal import CXML2

/// An element found in a parsed HTML document: its name, attributes and text, copied out of
/// libxml2 so it outlives the document.
public struct HTMLNode: Sendable, Hashable {
    public var name: String
    public var attributes: [String: String]
    /// All text inside the element, concatenated.
    public var text: String

    public subscript(_ attribute: String) -> String? { attributes[attribute] }

    /// The space-separated classes of the element.
    public var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }
}

/// HTML parsed with libxml2's HTML parser, queried with XPath 1.0.
public final class HTMLDocument {
    private let document: htmlDocPtr

    /// Parses `html` leniently, as a browser would (HTML5 elements such as `svg` are kept).
    /// Returns nil only when libxml2 cannot build a tree at all.
    public init?(html: String) {
        _ = LibXML.initialized
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let bytes = Array(html.utf8) + [0]
        let parsed = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count - 1), "sop.html", "UTF-8", options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The elements an XPath expression selects (element nodes only, in document order).
    public func nodes(_ xpath: String) -> [HTMLNode] {
        evaluate(xpath, relativeTo: nil).map(Self.copy)
    }

    /// For each element `outer` selects, the elements `inner` selects relative to it.
    public func nodes(_ outer: String, each inner: String) -> [[HTMLNode]] {
        evaluate(outer, relativeTo: nil).map { context in evaluate(inner, relativeTo: context).map(Self.copy) }
    }

    /// Element nodes `xpath` selects. The nodes belong to `document`, which outlives every caller.
    private func evaluate(_ xpath: String, relativeTo node: xmlNodePtr?) -> [xmlNodePtr] {
        guard let rawContext = xmlXPathNewContext(document) else { return [] }
        let context = LibXMLHandle(rawContext, free: { xmlXPathFreeContext($0) })
        return context.with { ctxt -> [xmlNodePtr] in
            if let node { ctxt.pointee.node = node }
            guard let rawResult = xmlXPathEvalExpression(xpath, ctxt) else { return [] }
            return LibXMLHandle(rawResult, free: { xmlXPathFreeObject($0) }).with { result in
                guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0, let table = set.pointee.nodeTab else { return [] }
                return (0..<Int(set.pointee.nodeNr)).compactMap { table[$0] }.filter { $0.pointee.type == XML_ELEMENT_NODE }
            }
        }
    }

    private static func copy(_ node: xmlNodePtr) -> HTMLNode {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            let name = String(cString: a.pointee.name)
            attributes[name] = text(of: a.pointee.children)
            attribute = a.pointee.next
        }
        return HTMLNode(name: String(cString: node.pointee.name), attributes: attributes, text: text(of: node.pointee.children))
    }

    /// Text of a node list and all its descendants, without allocating through libxml2.
    private static func text(of first: xmlNodePtr?) -> String {
        var out = ""
        var node = first
        while let n = node {
            if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE, let content = n.pointee.content {
                out += String(cString: content)
            } else if n.pointee.type == XML_ELEMENT_NODE {
                out += text(of: n.pointee.children)
            }
            node = n.pointee.next
        }
        return out
    }
}
