import Foundation
import Testing
import SOPDSL
@testable import SOPRender

/// `sop cetak --format xml` output validates against `schema/sop.xsd`, checked with libxml2.
@Suite struct XMLSchemaTests {
    @Test(arguments: RenderPaths.shipped)
    func shippedSOPValidates(_ name: String) throws {
        let xml = try XMLRenderer.render(try RenderPaths.load(name))
        let errors = XMLRenderer.validate(xml: xml, schemaPath: RenderPaths.schema.path)
        #expect(errors.isEmpty, "\(name): \(errors)")
    }

    @Test func generatedFlowsValidate() throws {
        for seed in 1...5 as ClosedRange<UInt64> {
            let xml = try XMLRenderer.render(SOPFactory.random(steps: 40, actorCount: 4, seed: seed))
            let errors = XMLRenderer.validate(xml: xml, schemaPath: RenderPaths.schema.path)
            #expect(errors.isEmpty, "seed \(seed): \(errors)")
        }
    }

    @Test func schemaRejectsWhatItShould() throws {
        let xml = try XMLRenderer.render(try RenderPaths.load("helpdesk"))
        let broken = [
            xml.replacingOccurrences(of: "<ke ref=\"tanya_paham\"/>", with: "<ke ref=\"tidak_ada\"/>"),       // keyref
            xml.replacingOccurrences(of: "bentuk=\"keputusan\"", with: "bentuk=\"dokumen\""),                  // only the five symbols
            xml.replacingOccurrences(of: "satuan=\"menit_kantor\"", with: "satuan=\"detik\""),
            xml.replacingOccurrences(of: "<identitas>", with: "<identitas><logo/>"),
            String(xml.dropLast(10)),                                                                       // not well-formed
        ]
        for (i, text) in broken.enumerated() {
            #expect(text != xml, "case \(i) did not change the document")
            #expect(!XMLRenderer.validate(xml: text, schemaPath: RenderPaths.schema.path).isEmpty, "case \(i) validated")
        }
    }

    @Test func carriesPrintedAndParsedTime() throws {
        let xml = try XMLRenderer.render(try RenderPaths.load("helpdesk"))
        #expect(xml.contains("<tertulis>5 Menit</tertulis>"))
        #expect(xml.contains("<atas jumlah=\"5\" satuan=\"menit_kantor\"/>"))
        let auth = try XMLRenderer.render(try RenderPaths.load("autentifikasi"))
        #expect(auth.contains("<tertulis>Tentative</tertulis>"))
        #expect(auth.contains("<tanpa_batas/>"))
        // waktu_sampai names a symbol of row 4; the XML names the row.
        let sop = try RenderPaths.load("autentifikasi")
        #expect(auth.contains("<waktu sampai=\"\(sop.rows[3].id)\">"))
        let complaints = try XMLRenderer.render(try RenderPaths.load("pengaduan"))
        #expect(complaints.contains("<atas jumlah=\"1\" satuan=\"hari_kerja\"/>"))
    }

    @Test func missingSchemaIsReported() {
        let errors = XMLRenderer.validate(xml: "<sop/>", schemaPath: "/tidak/ada.xsd")
        #expect(errors.count == 1)
    }
}
