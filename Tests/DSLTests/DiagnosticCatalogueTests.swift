import Testing
@testable import SOPDSL

/// The message catalogue (Diagnostics/Messages): every code has a text, each family keeps to its
/// code range, and messages render exactly as the goldens and the authoring guide print them.
@Suite struct DiagnosticCatalogueTests {
    @Test func everyCodeHasAMessage() {
        let missing = DiagnosticCode.allCases.filter { !DiagnosticMessage.allCodes.contains($0) }
        #expect(missing.isEmpty, "codes without a catalogue message: \(missing.map(\.rawValue))")
    }

    @Test func familiesKeepToTheirCodes() {
        func check<Family: DiagnosticMessageFamily>(_ family: Family.Type) {
            for message in family.examples {
                #expect(message.content.code.rawValue.hasPrefix(family.codePrefix), "\(message) in \(family)")
            }
        }
        check(YAMLMessage.self); check(KeyValueMessage.self); check(ReferenceMessage.self); check(TimeMessage.self)
        check(ConditionMessage.self); check(LintMessage.self); check(CalendarMessage.self); check(RosterMessage.self)
    }

    @Test func unknownKeySuggestsOrListsTheAllowedKeys() {
        let typo = DiagnosticMessage.keyValue(.unknownKey("nma", subject: "identitas", allowed: ["nama", "nomor"]))
        #expect(typo.code == .unknownKey && typo.severity == .error)
        #expect(typo.text == "kunci 'nma' tidak dikenal di identitas")
        #expect(typo.notes == ["mungkin maksud Anda 'nama'?"])
        let far = DiagnosticMessage.keyValue(.unknownKey("warna", subject: "kanal", allowed: ["id", "nama"]))
        #expect(far.notes == ["kunci yang diizinkan di sini: id, nama"])
    }

    @Test func messagesBuildTheirTextFromTheirValues() {
        #expect(DiagnosticMessage.yaml(.fileTooLarge(bytes: 70 * 1_048_576, limit: 64 * 1_048_576)).text
            == "berkas terlalu besar (70 MB; batas 64 MB)")
        #expect(DiagnosticMessage.calendar(.yearGap(missing: [2025, 2026])).text
            == "tahun kalender harus berurutan tanpa celah; tidak ada tahun 2025, 2026")
        #expect(DiagnosticMessage.lint(.firstNotTerminator(step: "terima", shape: "proses", table: "Keberatan")).text
            == "simbol pertama tabel 'Keberatan' 'terima' berbentuk proses, bukan terminator (mulai)")
        let time = DiagnosticMessage.time(.unrecognized("5 mnit", reason: .unknownUnit("mnit", candidates: ["menit", "jam"]), suggestion: nil))
        #expect(time.text == "waktu '5 mnit' tidak dikenali")
        #expect(Array(time.notes.prefix(2)) == [
            "satuan 'mnit' tidak dikenal; gunakan menit, jam, hari, hari kerja, hari kalender, atau minggu",
            "mungkin maksud Anda 'menit'?",
        ])
        #expect(time.notes.count == 4)
    }

    @Test func aMessageMayOverrideItsCodesSeverity() {
        let dotted = DiagnosticMessage.condition(.dotReadAsDecimal("1.000", read: .number(1), plain: "1000"))
        #expect(dotted.code == .conditionSyntax && DiagnosticCode.conditionSyntax.defaultSeverity == .error)
        #expect(dotted.severity == .warning)
        #expect(dotted.text == "angka '1.000' dibaca sebagai 1 karena titik adalah pemisah desimal")
        #expect(DiagnosticMessage.time(.bareHari).severity == .warning)
    }

    @Test func emitAppendsExtraNotesAfterTheMessagesOwn() {
        var collector = DiagnosticCollector()
        collector.emit(.yaml(.fileNotFound), at: .unknown(file: "hilang.yaml"), notes: ["tambahan"])
        let diagnostic = collector.diagnostics[0]
        #expect(diagnostic.code == .unreadableFile && diagnostic.severity == .error)
        #expect(diagnostic.notes == ["periksa nama dan lokasi berkas", "tambahan"])
    }

    @Test func rendersAsTheCLIPrintsIt() {
        var collector = DiagnosticCollector()
        collector.emit(.reference(.undeclaredActor("petgas", actors: ["petugas", "kepala"])), at: .unknown(file: "sop.yaml"))
        #expect(DiagnosticRenderer().render(collector.diagnostics) == """
            sop.yaml: galat [SOP202]: pelaksana 'petgas' tidak dideklarasikan
              catatan: mungkin maksud Anda 'petugas'?
              catatan: deklarasikan di bagian 'pelaksana'

            """)
    }
}
