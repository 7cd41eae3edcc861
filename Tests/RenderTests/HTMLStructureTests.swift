import Foundation
import Testing
import SOPDSL
@testable import SOPRender

/// The rendered HTML of every shipped SOP, parsed back with libxml2's HTML parser, keeps the
/// rules of the printed form (see `DrawingInvariants`).
@Suite struct HTMLStructureTests {
    @Test(arguments: RenderPaths.shipped)
    func flowchartKeepsEveryRule(_ name: String) throws {
        let sop = try RenderPaths.load(name)
        let html = HTMLRenderer.render(sop)
        let document = try #require(HTMLInspector.parse(html))
        let problems = DrawingInvariants(sop: sop, document: document).problems()
        #expect(problems.isEmpty, "\(name):\n\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test(arguments: RenderPaths.shipped)
    func noWarnings(_ name: String) throws {
        let report = HTMLRenderer.renderReport(try RenderPaths.load(name))
        #expect(report.warnings.isEmpty, "\(report.warnings)")
    }

    @Test(arguments: RenderPaths.shipped)
    func identityPageShowsTheFields(_ name: String) throws {
        let sop = try RenderPaths.load(name)
        let document = try #require(HTMLInspector.parse(HTMLRenderer.render(sop)))
        let identity = document.identity
        #expect(identity["nomor"] == sop.identity.number.value)
        #expect(identity["nama"] == sop.identity.name.value)
        #expect(identity["tanggal_efektif"] == (sop.identity.effectiveOn?.printed ?? ""))
        #expect(document.identityLabels["tanggal_efektif"] == sop.identity.effectiveLabel.printed)
        for key in ["dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan", "peringatan", "pencatatan"] {
            #expect(identity[key] != nil, "\(key) missing")
        }
        #expect(document.identityItems["dasar_hukum"] ?? [] == sop.identity.legalBasis.map(\.value))
        if let approver = sop.identity.approvedBy {
            #expect(document.approver.position == approver.position.value)
            #expect(document.approver.nip == approver.nip?.value)
        }
    }

    @Test func identityTooLongForOneSheetRunsOntoTwo() throws {
        var sop = SOPFactory.long(steps: 12, actorCount: 3)
        let law = "Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata Kerja Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan Komisi Pemilihan Umum Kabupaten/Kota sebagaimana telah beberapa kali diubah"
        sop.identity.legalBasis = Array(repeating: Text(stringLiteral: law), count: 60)
        let report = HTMLRenderer.renderReport(sop)
        #expect(report.warnings.contains { $0.contains("halaman identitas") })
        let document = try #require(HTMLInspector.parse(report.html))
        #expect(document.footers.first == "Halaman 1-\(document.flowPages.first!.number - 1) dari \(document.declaredPageCount)")
        #expect((document.flowPages.first?.number ?? 0) >= 3)
        #expect(report.html.contains("lembar identitas-sop panjang"))
    }

    @Test func helpdeskCrossesPagesWithPairedConnectors() throws {
        let sop = try RenderPaths.load("helpdesk")
        let document = try #require(HTMLInspector.parse(HTMLRenderer.render(sop)))
        #expect(document.flowPages.count > 1)
        let connectors = document.flowPages.flatMap(\.connectors)
        #expect(!connectors.isEmpty)
        #expect(Set(connectors.filter(\.isOutgoing).map(\.label)) == Set(connectors.filter { !$0.isOutgoing }.map(\.label)))
        #expect(connectors.map(\.label).contains("A"))
    }

    @Test func mergedTimeCellSpansItsRows() throws {
        let sop = try RenderPaths.load("autentifikasi")
        let html = HTMLRenderer.render(sop)
        let document = try #require(HTMLDocument(html: html))
        let cells = document.nodes("//td[contains(@class,'waktu')]")
        // One merged "Tentative" cell per page, spanning every row of that page.
        let pages = try #require(HTMLInspector.parse(html)).flowPages
        #expect(cells.count == pages.count)
        for (cell, page) in zip(cells, pages) {
            #expect(cell.text == "Tentative")
            #expect(cell["rowspan"] == "\(page.tableRows.filter { !$0.isEmpty }.count)")
        }
    }

    @Test func documentIsSelfContained() throws {
        let html = HTMLRenderer.render(try RenderPaths.load("helpdesk"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<link"))
        #expect(html.contains("@page { size: 297mm 210mm;"))
        #expect(html.contains("<html lang=\"id\">"))
    }

    @Test func onlyTheFiveSymbolsAreDrawn() throws {
        let html = HTMLRenderer.render(try RenderPaths.load("helpdesk"))
        let document = try #require(HTMLDocument(html: html))
        let kinds = Set(document.nodes("//*[@data-x and @data-w]").flatMap { $0.classes })
        #expect(kinds.isSubset(of: ["simbol", "terminator", "proses", "keputusan", "konektor", "konektor-keluar", "konektor-masuk"]))
        #expect(kinds.isSuperset(of: ["terminator", "proses", "keputusan", "konektor-keluar", "konektor-masuk"]))
    }
}

/// An SOP with several flowcharts (`prosedur`): one identity page, then one table per
/// sub-procedure with its own lanes, title and numbering from 1.
@Suite struct ProcedureTablesTests {
    @Test func eachFlowchartGetsItsOwnTable() throws {
        let yaml = """
            identitas: {instansi: KPU Kota Contoh, nomor: "1", nama: Layanan Informasi}
            pelaksana:
              - {id: pemohon, nama: Pemohon, tingkat: eksternal}
              - {id: ppid, nama: Petugas PPID}
              - {id: atasan, nama: Atasan PPID}
            prosedur:
              - id: permohonan
                judul: Prosedur Permohonan Informasi
                pelaksana: [pemohon, ppid]
                langkah:
                  - {id: ajukan, kegiatan: Mengajukan permohonan, pelaksana: pemohon}
                  - {id: jawab, kegiatan: Menjawab permohonan, pelaksana: ppid}
              - id: keberatan
                judul: Prosedur Keberatan
                pelaksana: [pemohon, atasan]
                langkah:
                  - {id: ajukan_keberatan, kegiatan: Mengajukan keberatan, pelaksana: pemohon}
                  - {id: putuskan, kegiatan: Memutuskan keberatan, pelaksana: atasan}
            """
        let result = SOPLoader.load(bytes: Array(yaml.utf8), path: "prosedur.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let sop = try #require(result.sop)
        let document = try #require(HTMLInspector.parse(HTMLRenderer.render(sop)))
        #expect(document.declaredPageCount == 3)
        #expect(document.footers == ["Halaman 1 dari 3", "Halaman 2 dari 3", "Halaman 3 dari 3"])
        #expect(document.flowPages.map(\.headerActors) == [["pemohon", "ppid"], ["pemohon", "atasan"]])
        #expect(document.flowPages.map { $0.cells.map(\.number) } == [["1", "2"], ["1", "2"]])
        #expect(document.flowPages.map { $0.symbols.map(\.stepID) } == [["ajukan", "jawab"], ["ajukan_keberatan", "putuskan"]])
        #expect(document.flowPages.map(\.arrows.count) == [1, 1])
        let xml = try XMLRenderer.render(sop)
        #expect(XMLRenderer.validate(xml: xml, schemaPath: RenderPaths.schema.path).isEmpty)
        #expect(xml.contains("<tabel id=\"keberatan\">"))
    }
}

/// The letterhead and logo as the document has them, and a Waktu cell that never breaks a word.
@Suite struct LetterheadTests {
    @Test func kopLinesAndEmbeddedLogo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-logo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A 1x1 PNG.
        let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==")!
        try png.write(to: folder.appendingPathComponent("logo.png"))
        let yaml = """
            identitas:
              instansi: Badan Pusat Statistik
              kop: [BADAN PUSAT STATISTIK, PROVINSI BENGKULU, BAGIAN UMUM]
              logo: logo.png
              nomor: SOP-001
              nama: Contoh
              tanggal_revisi: "-"
              tanggal_efektif: Agustus 2023
            pelaksana:
              - {id: petugas, nama: Petugas}
            langkah:
              - {id: mulai, kegiatan: Menerima surat, pelaksana: petugas, waktu: Sesuai kebutuhan}
              - {id: akhir, kegiatan: Mengarsipkan surat, pelaksana: petugas, waktu: menyesuaikan}
            """
        let path = folder.appendingPathComponent("sop.yaml")
        try yaml.write(to: path, atomically: true, encoding: .utf8)
        let result = SOPLoader.load(path: path.path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let sop = try #require(result.sop)
        let html = HTMLRenderer.render(sop)
        let document = try #require(HTMLInspector.parse(html))
        #expect(document.letterhead == ["BADAN PUSAT STATISTIK", "PROVINSI BENGKULU", "BAGIAN UMUM"])
        #expect(html.contains("src=\"data:image/png;base64,\(png.base64EncodedString())\""))
        #expect(document.identity["tanggal_revisi"] == "-")
        #expect(document.identity["tanggal_efektif"] == "Agustus 2023")
        // The narrow Waktu column shrinks its type rather than break "kebutuhan" or "menyesuaikan".
        let layout = DocumentLayout(sop: sop, options: RenderOptions())
        let width = ColumnLayout.textWidth(layout.columns.time)
        for word in ["kebutuhan", "menyesuaikan"] {
            let size = RowHeights.timeFont(word, width: width)
            #expect(TextMetrics(fontSize: size).width(word) <= width + 0.01, "\(word) at \(size) pt")
        }
        #expect(html.contains("class=\"waktu\" style=\"font-size:"))
    }
}

/// The author's on-page connector pair (two circles with the same letter) stands for a line that
/// is not drawn: each circle is printed with its letter, the flow runs through them.
@Suite struct OnPageConnectorTests {
    @Test func aConnectorPairIsTwoCirclesAndNoLine() throws {
        let yaml = """
            identitas: {instansi: Instansi Uji, nomor: "1", nama: Penghubung}
            pelaksana:
              - {id: a, nama: A}
              - {id: b, nama: B}
            langkah:
              - kegiatan: Menerima berkas
                simbol:
                  - {id: mulai, bentuk: terminator, pelaksana: a}
                  - {id: terima, pelaksana: a, ke: ke_a}
                  - {id: ke_a, bentuk: penghubung, pelaksana: a, teks: A, ke: dari_a}
              - kegiatan: Memeriksa berkas
                simbol:
                  - {id: dari_a, bentuk: penghubung, pelaksana: b, teks: A}
                  - {id: periksa, pelaksana: b}
                  - {id: selesai, bentuk: terminator, pelaksana: b}
            """
        let result = SOPLoader.load(bytes: Array(yaml.utf8), path: "penghubung.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let sop = try #require(result.sop)
        #expect(sop.steps.filter(\.isActivity).map(\.id) == ["terima", "periksa"])
        let document = try #require(HTMLInspector.parse(HTMLRenderer.render(sop)))
        let page = try #require(document.flowPages.first)
        let circles = page.symbols.filter { $0.shape == "penghubung" }
        #expect(circles.map(\.text) == ["A", "A"])
        let arrows = Set(page.arrows.map { "\($0.from)>\($0.to)" })
        #expect(arrows.contains("terima>ke_a") && arrows.contains("dari_a>periksa"))
        #expect(!arrows.contains("ke_a>dari_a"))
        #expect(DrawingInvariants(sop: sop, document: document).problems().isEmpty)
    }
}
