internal import CXML2

/// Owners of libxml2 handles. Each class frees its handle in `deinit`; nothing of libxml2's
/// leaves this module.
enum LibXML {
    /// libxml2 wants one call to its initialiser before threads use it.
    static let initialized: Void = { xmlInitParser() }()

    /// Collects messages from libxml2's structured error callback.
    final class ErrorCollector {
        var messages: [String] = []

        /// A C callback that appends to the collector passed as user data.
        static let callback: xmlStructuredErrorFunc = { userData, error in
            guard let userData, let error else { return }
            let collector = Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue()
            collector.messages.append(LibXML.describe(error.pointee))
        }

        var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
    }

    static func describe(_ error: xmlError) -> String {
        let text = error.message.map { String(cString: $0) } ?? "galat XML"
        let message = text.trimmingCharacters(in: "\n ")
        return error.line > 0 ? "baris \(error.line): \(message)" : message
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}

/// Owns one short-lived libxml2 handle (a parser or XPath context, an XPath result) and frees it
/// with its matching function when released.
final class LibXMLHandle<Pointer> {
    private let pointer: Pointer
    private let free: (Pointer) -> Void

    init(_ pointer: Pointer, free: @escaping (Pointer) -> Void) {
        self.pointer = pointer
        self.free = free
    }

    deinit { free(pointer) }

    /// Runs `body` with the handle, which stays alive until `body` returns.
    func with<R>(_ body: (Pointer) throws -> R) rethrows -> R {
        try withExtendedLifetime(self) { try body(pointer) }
    }
}

/// A failure of libxml2 while writing or reading, with its message.
public struct XMLFailure: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// An `xmlTextWriter` writing into an in-memory buffer.
final class XMLTextWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init() throws {
        _ = LibXML.initialized
        guard let buffer = xmlBufferCreate() else { throw XMLFailure(message: "xmlBufferCreate gagal") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLFailure(message: "xmlNewTextWriterMemory gagal")
        }
        self.buffer = buffer
        self.writer = writer
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    func startDocument() throws { try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "awal dokumen") }
    func endDocument() throws { try check(xmlTextWriterEndDocument(writer), "akhir dokumen") }
    func start(_ name: String) throws { try check(xmlTextWriterStartElement(writer, name), name) }
    func end() throws { try check(xmlTextWriterEndElement(writer), "akhir elemen") }
    func attribute(_ name: String, _ value: String) throws { try check(xmlTextWriterWriteAttribute(writer, name, value), name) }
    func text(_ value: String) throws { try check(xmlTextWriterWriteString(writer, value), "teks") }

    /// Everything written so far, as text.
    func contents() throws -> String {
        try check(xmlTextWriterFlush(writer), "flush")
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    private func check(_ status: Int32, _ what: String) throws {
        if status < 0 { throw XMLFailure(message: "libxml2 gagal menulis \(what)") }
    }
}

/// A parsed XML document.
final class XMLDocumentHandle {
    let document: xmlDocPtr

    /// Parses `text`; on failure throws the parser's message. Never loads external entities.
    init(parsing text: String) throws {
        _ = LibXML.initialized
        guard let raw = xmlNewParserCtxt() else { throw XMLFailure(message: "xmlNewParserCtxt gagal") }
        let context = LibXMLHandle(raw, free: { xmlFreeParserCtxt($0) })
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let bytes = Array(text.utf8) + [0]
        let parsed = context.with { ctxt in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(ctxt, $0, Int32(buffer.count - 1), "sop.xml", "UTF-8", options)
                }
            }
        }
        guard let parsed else {
            let message = context.with { xmlCtxtGetLastError($0).map { LibXML.describe($0.pointee) } } ?? "XML tidak dapat diurai"
            throw XMLFailure(message: message)
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }
}

/// A compiled XML Schema.
final class XMLSchemaHandle {
    let schema: xmlSchemaPtr

    init(path: String) throws {
        _ = LibXML.initialized
        guard let raw = xmlSchemaNewParserCtxt(path) else { throw XMLFailure(message: "skema '\(path)' tidak dapat dibuka") }
        let parser = LibXMLHandle(raw, free: { xmlSchemaFreeParserCtxt($0) })
        let errors = LibXML.ErrorCollector()
        let parsed = parser.with { ctxt in
            withExtendedLifetime(errors) {
                xmlSchemaSetParserStructuredErrors(ctxt, LibXML.ErrorCollector.callback, errors.pointer)
                return xmlSchemaParse(ctxt)
            }
        }
        guard let schema = parsed else {
            throw XMLFailure(message: "skema '\(path)' tidak sah: " + errors.messages.joined(separator: "; "))
        }
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    /// Messages for every way `document` breaks the schema; empty when it is valid.
    func validate(_ document: XMLDocumentHandle) -> [String] {
        guard let raw = xmlSchemaNewValidCtxt(schema) else { return ["xmlSchemaNewValidCtxt gagal"] }
        let context = LibXMLHandle(raw, free: { xmlSchemaFreeValidCtxt($0) })
        let errors = LibXML.ErrorCollector()
        let status = context.with { ctxt in
            withExtendedLifetime(errors) {
                xmlSchemaSetValidStructuredErrors(ctxt, LibXML.ErrorCollector.callback, errors.pointer)
                return xmlSchemaValidateDoc(ctxt, document.document)
            }
        }
        if status != 0 && errors.messages.isEmpty { return ["dokumen tidak sah menurut skema (kode \(status))"] }
        return errors.messages
    }
}
