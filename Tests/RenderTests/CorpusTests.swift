import Foundation
import SOPDSL
import Testing
import TestSupport
@testable import SOPRender

/// The corpus of real signed SOPs (`contoh/korpus/`), each authored in the language, checks
/// clean and prints as signed: its printed HTML, read back, equals the expectation written by
/// hand from the transcription (`Tests/RenderTests/Corpus/*.expect.json`), item by item.
@Suite struct CorpusTests {
    static let folder = PackagePaths.url("Tests/RenderTests/Corpus")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".expect.json") }.map { String($0.dropLast(".expect.json".count)) }.sorted()

    @Test func theWholeCorpusIsHere() {
        #expect(Self.names.count == 5, "\(Self.names)")
    }

    @Test(arguments: names)
    func printsAsSigned(_ name: String) throws {
        let expected = try Expectation.load(Self.folder.appendingPathComponent(name + ".expect.json"))
        let result = SOPLoader.load(path: PackagePaths.url(expected.berkas).path)
        #expect(result.diagnostics.isEmpty, "\(name): \(DiagnosticRenderer(sources: [result.source]).render(result.diagnostics))")
        let sop = try #require(result.sop)
        for paper in [Paper.a4, .f4] {
            let report = HTMLRenderer.renderReport(sop, options: RenderOptions(paper: paper))
            #expect(report.warnings.isEmpty, "\(name) \(paper): \(report.warnings)")
            let document = try #require(HTMLInspector.parse(report.html))
            let problems = Comparison(expected: expected, document: document).problems()
            #expect(problems.isEmpty, "\(name) \(paper):\n\(problems.joined(separator: "\n"))")
            let drawing = DrawingInvariants(sop: sop, document: document).problems()
            #expect(drawing.isEmpty, "\(name) \(paper):\n\(drawing.joined(separator: "\n"))")
        }
        let xml = try XMLRenderer.render(sop)
        #expect(XMLRenderer.validate(xml: xml, schemaPath: RenderPaths.schema.path).isEmpty)
    }

    /// A deliberately wrong expectation is reported: the comparison can fail.
    @Test func aWrongExpectationIsFound() throws {
        let name = try #require(Self.names.first)
        var expected = try Expectation.load(Self.folder.appendingPathComponent(name + ".expect.json"))
        let sop = try #require(SOPLoader.load(path: PackagePaths.url(expected.berkas).path).sop)
        let document = try #require(HTMLInspector.parse(HTMLRenderer.render(sop)))
        expected.tabel[0].baris[0].simbol[0].lajur = ["bukan_lajur"]
        expected.tabel[0].panah.removeLast()
        expected.kop.append("BARIS TAMBAHAN")
        let problems = Comparison(expected: expected, document: document).problems()
        #expect(problems.count >= 3, "\(problems)")
    }
}

/// `<name>.expect.json` (schema: Tests/RenderTests/Corpus/README.md).
struct Expectation: Decodable {
    struct Field: Decodable {
        var label: String
        var nilai: String?
        var butir: [String]?
        var jabatan: String?
        var nama: String?
        var nip: String?
    }

    struct Table: Decodable {
        var judul: String?
        /// `pelaksana: null`: no group cell over the lanes.
        var judul_kolom: [String: String?]
        var lajur: [[String]]
        var mutu_baku: [[String]]
        var nomor_kolom: Bool
        var ulangi_judul: Bool
        var baris: [Row]
        var panah: [Arrow]
    }

    struct Row: Decodable {
        var no: Int
        var kegiatan: String
        var kelengkapan: [String]
        var waktu: String?
        var output: String
        var keterangan: String
        var halaman_baru: Bool
        var simbol: [Symbol]
    }

    struct Symbol: Decodable {
        var id: String
        var bentuk: String
        var lajur: [String]
        var teks: String
    }

    struct Arrow: Decodable, Hashable {
        var dari: String
        var ke: String
        var label: String?
        var jenis: String
    }

    var berkas: String
    var kop: [String]
    var identitas: [String: Field]
    var tabel: [Table]

    static func load(_ url: URL) throws -> Expectation {
        try JSONDecoder().decode(Expectation.self, from: Data(contentsOf: url))
    }
}

/// Every printed item against the expectation; each difference named.
struct Comparison {
    let expected: Expectation
    let document: RenderedDocument

    /// Whitespace runs are one space; nothing else is normalised.
    static func fold(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// A printed list item without the number the printer puts before it ("2. ").
    static func unnumbered(_ text: String) -> String {
        let folded = fold(text)
        guard let dot = folded.firstIndex(of: "."), folded[..<dot].allSatisfy(\.isNumber), !folded[..<dot].isEmpty else { return folded }
        return String(folded[folded.index(after: dot)...]).trimmingCharacters(in: .whitespaces)
    }

    func problems() -> [String] {
        var out: [String] = []
        func check<T: Equatable>(_ what: String, _ actual: T, _ wanted: T) {
            if actual != wanted { out.append("\(what): printed \(actual), expected \(wanted)") }
        }
        check("kop", document.letterhead.map(Self.fold), expected.kop.map(Self.fold))
        for (key, field) in expected.identitas.sorted(by: { $0.key < $1.key }) {
            check("label \(key)", document.identityLabels[key].map(Self.fold), Self.fold(field.label))
            if let value = field.nilai { check("identitas \(key)", document.identity[key].map(Self.fold), Self.fold(value)) }
            if let items = field.butir { check("identitas \(key)", (document.identityItems[key] ?? []).map(Self.fold), items.map(Self.fold)) }
            if key == "disahkan_oleh" {
                check("jabatan", Self.fold(document.approver.position), Self.fold(field.jabatan ?? ""))
                check("nama pengesah", Self.fold(document.approver.name), Self.fold(field.nama ?? ""))
                check("NIP", document.approver.nip, field.nip)
            }
        }
        guard let table = expected.tabel.first else { return out + ["no table expected"] }
        let pages = document.flowPages
        guard let first = pages.first else { return out + ["no flowchart page printed"] }
        for (key, text) in table.judul_kolom.sorted(by: { $0.key < $1.key }) {
            check("judul kolom \(key)", first.headings[key].map(Self.fold), text.map(Self.fold))
        }
        check("lajur", first.headerActors, table.lajur.map { $0[0] })
        check("judul lajur", first.headerActorLabels.map(Self.fold), table.lajur.map { Self.fold($0[1]) })
        check("urutan mutu baku", first.qualityOrder, table.mutu_baku.map { $0[0] })
        for pair in table.mutu_baku { check("judul \(pair[0])", first.headings[pair[0]].map(Self.fold), Self.fold(pair[1])) }
        check("nomor kolom", first.numberedColumns, table.nomor_kolom)
        if pages.count > 1 { check("judul diulang", pages.dropFirst().allSatisfy(\.hasHeader), table.ulangi_judul) }

        let cells = pages.flatMap(\.cells)
        check("jumlah baris", cells.count, table.baris.count)
        let firstRowOfPage = Set(pages.dropFirst().compactMap { $0.cells.first?.rowID })
        let symbols = Dictionary(pages.flatMap(\.symbols).map { ($0.stepID, $0) }, uniquingKeysWith: { a, _ in a })
        for (row, cell) in zip(table.baris, cells) {
            let at = "baris \(row.no)"
            check("\(at) No", Self.fold(cell.number), "\(row.no)")
            check("\(at) kegiatan", Self.fold(cell.activity), Self.fold(row.kegiatan))
            check("\(at) kelengkapan", cell.requirements.map(Self.unnumbered), row.kelengkapan.map(Self.fold))
            check("\(at) waktu", cell.time.map(Self.fold), row.waktu.map(Self.fold))
            check("\(at) output", Self.fold(cell.output), Self.fold(row.output))
            check("\(at) keterangan", Self.fold(cell.note), Self.fold(row.keterangan))
            if row.halaman_baru { check("\(at) halaman baru", firstRowOfPage.contains(cell.rowID), true) }
            let drawn = pages.flatMap(\.symbols).filter { $0.rowID == cell.rowID }.map(\.stepID)
            check("\(at) simbol", drawn.sorted(), row.simbol.map(\.id).sorted())
            for symbol in row.simbol {
                guard let s = symbols[symbol.id] else { out.append("\(at): symbol \(symbol.id) not printed"); continue }
                check("simbol \(symbol.id) bentuk", s.shape, symbol.bentuk)
                check("simbol \(symbol.id) lajur", s.actorID.split(separator: "+").map(String.init), symbol.lajur)
                check("simbol \(symbol.id) teks", Self.fold(s.text), Self.fold(symbol.teks))
            }
        }
        check("panah", Set(arrows()), Set(table.panah.map { Expectation.Arrow(dari: $0.dari, ke: $0.ke, label: $0.label, jenis: $0.jenis) }))
        return out
    }

    /// Arrows and lines as the document draws them; an arrow carried across a page break by
    /// the printer's connector pair counts as the one arrow it stands for.
    func arrows() -> [Expectation.Arrow] {
        var out: [Expectation.Arrow] = []
        var leaving: [String: [RenderedArrow]] = [:]
        var arriving: [String: String] = [:]
        for page in document.flowPages {
            for arrow in page.arrows {
                if arrow.to.hasPrefix("konektor:") { leaving[arrow.to, default: []].append(arrow) }
                else if arrow.from.hasPrefix("konektor:") { arriving[arrow.from] = arrow.to }
                else { out.append(.init(dari: arrow.from, ke: arrow.to, label: arrow.label, jenis: "panah")) }
            }
            out += page.lines.map { .init(dari: $0.from, ke: $0.to, label: nil, jenis: "garis") }
        }
        for (connector, arrows) in leaving {
            guard let target = arriving[connector] else { continue }
            out += arrows.map { .init(dari: $0.from, ke: target, label: $0.label, jenis: "panah") }
        }
        return out
    }
}
