import SOPDSL

/// The SOP as XML in the vocabulary documented in `docs/xml-format.md` and defined by
/// `schema/sop.xsd`, written and checked with libxml2.
public enum XMLRenderer {
    /// The vocabulary's namespace.
    public static let namespace = "urn:sop-ap:1"

    /// The XML of `sop`. Throws `XMLFailure` only if libxml2 itself fails.
    public static func render(_ sop: SOP) throws -> String {
        let writer = try XMLTextWriter()
        try SOPXMLWriter(out: writer, sop: sop).write()
        return try writer.contents()
    }

    /// Every way `xml` breaks the XSD at `schemaPath` (or fails to parse); empty when valid.
    public static func validate(xml: String, schemaPath: String) -> [String] {
        do {
            let schema = try XMLSchemaHandle(path: schemaPath)
            let document = try XMLDocumentHandle(parsing: xml)
            return schema.validate(document)
        } catch let failure as XMLFailure {
            return [failure.message]
        } catch {
            return ["\(error)"]
        }
    }
}
