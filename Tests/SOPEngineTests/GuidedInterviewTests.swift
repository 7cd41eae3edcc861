import Foundation
import SOPDSL
import Testing
import TestSupport
@testable import Runner
@testable import SOPEngine

/// Answers typed in advance, and everything the interview said and asked, for tests without a
/// terminal. Running out of answers is the end of input (Ctrl-D).
final class ScriptedPrompter: Prompter {
    private var answers: [String]
    private(set) var transcript: [String] = []

    init(_ answers: [String]) { self.answers = answers }

    func say(_ text: String) { transcript.append(text) }

    func ask(_ prompt: String) throws -> String {
        transcript.append(prompt)
        guard !answers.isEmpty else { throw GuidedStop.endOfInput }
        return answers.removeFirst()
    }

    var text: String { transcript.joined(separator: "\n") }
    var unanswered: Int { answers.count }
}

/// The guided `sop kasus` interviews on scripted answers: what they offer, what they re-ask, and
/// that the request they build is done by the engine exactly as the flags' request is.
@Suite struct GuidedInterviewTests {
    func interview(_ f: EngineFixture, _ id: String, _ answers: [String], at instant: Date? = nil) throws -> (StepInterview, ScriptedPrompter) {
        let state = try f.engine.state(of: id)
        let prompter = ScriptedPrompter(answers)
        let interview = StepInterview(prompter: prompter, state: state, sop: try f.engine.sop(of: state),
                                      authorization: f.engine.authorization, instant: instant ?? f.clock.now(), zone: .wib)
        return (interview, prompter)
    }

    func helpdeskAtTerima(_ f: EngineFixture = EngineFixture()) throws -> String {
        let id = try f.open("helpdesk.yaml").id
        try f.step(id, "hadir", as: "Budi Santoso", contact: "0812-3456-7890", fields: EngineFixture.party)
        return id
    }

    @Test func stepWithFieldsAndChecklistIsDoneByTheEngine() throws {
        let f = EngineFixture()
        let id = try helpdeskAtTerima(f)
        // Officer by a start of a word of the name; the field; items 1, 2 and 4 present; a note; confirmed.
        let (interview, prompter) = try self.interview(f, id, ["kurni", "", "Unggah KTA gagal", "ya", "ya", "tidak", "ya", "catatan uji", "ya"])
        let request = try interview.run(StepFlags())
        #expect(prompter.unanswered == 0)
        #expect(request.step == "terima")
        #expect(request.actingAs == "199203102019022002")
        #expect(request.fields == ["permasalahan": "Unggah KTA gagal"])
        #expect(request.present == ["1", "2", "4"])
        #expect(request.note == "catatan uji")
        #expect(prompter.text.contains("isian 'permasalahan' (Permasalahan yang dikonsultasikan) tidak sah: tidak boleh kosong"))
        let outcome = try f.engine.perform(request)
        guard case .stepCompleted(let done) = outcome.event.payload else { Issue.record("not completed"); return }
        #expect(outcome.event.actor.name == "Dedi Kurniawan")
        #expect(done.requirementsMissing == ["alat perekam"])
        #expect(done.note == "catatan uji")
    }

    @Test func onlyOfficersHoldingTheRoleAreOfferedAndOthersAreAskedAgain() throws {
        let f = EngineFixture()
        let id = try helpdeskAtTerima(f)
        let (interview, prompter) = try self.interview(f, id, ["Maria Ulfa", "7", "Siapa Saja", "2"])
        #expect(throws: GuidedStop.endOfInput) { try interview.run(StepFlags()) }
        #expect(prompter.text.contains("1. Rina Wulandari (NIP 199001012015031001) — Helpdesk KPU Kab/Kota"))
        #expect(!prompter.text.contains("3. "))
        #expect(prompter.text.contains("Maria Ulfa (NIP 197909092003121008) tidak memegang peran Helpdesk KPU Kab/Kota pada waktu itu"))
        #expect(prompter.text.contains("nomor 7 tidak ada; pilih 1-2"))
        #expect(prompter.text.contains("'Siapa Saja' tidak ada di antara petugas"))
        // "2" was taken: the next question is the step's field.
        #expect(prompter.transcript.last?.contains("[permasalahan]") == true)
    }

    @Test func aNameMatchingSeveralOfficersIsAskedAgain() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sop-guided-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("petugas.yaml").path
        try """
            kantor: KPU Kota Contoh
            staf:
              - {nip: "1001", nama: Rina Wulandari, jabatan: Pelaksana, peran: [helpdesk_kab]}
              - {nip: "1002", nama: Rina Kartika, jabatan: Pelaksana, peran: [helpdesk_kab]}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let (loaded, diagnostics, _) = RosterLoader.load(path: path)
        let roster: Roster = try #require(loaded, "\(diagnostics)")
        let f = EngineFixture(roster: roster)
        let id = try helpdeskAtTerima(f)
        let (interview, prompter) = try self.interview(f, id, ["rina", "rina k"])
        #expect(throws: GuidedStop.endOfInput) { try interview.run(StepFlags()) }
        #expect(prompter.text.contains("'rina' cocok dengan beberapa petugas: 1. Rina Wulandari (NIP 1001); 2. Rina Kartika (NIP 1002)"))
        #expect(prompter.transcript.last?.contains("[permasalahan]") == true)
    }

    @Test func aDelegationInForceOffersTheStandIn() throws {
        let f = EngineFixture()
        let id = try f.open("pengaduan.yaml").id
        // Bayu Santoso is Plh. for Maria Ulfa from 1 to 5 April 2024 (contoh/petugas.yaml).
        let (during, asked) = try interview(f, id, [])
        #expect(throws: GuidedStop.endOfInput) { try during.run(StepFlags()) }
        #expect(asked.text.contains("1. Maria Ulfa"))
        #expect(asked.text.contains("2. Bayu Santoso (NIP 199111112018031009) — Kasubbag Hukum Ketua Tim Teknis, Plh. untuk Maria Ulfa"))
        let (after, later) = try interview(f, id, [], at: EngineFixture.start.addingTimeInterval(10 * 86_400))
        #expect(throws: GuidedStop.endOfInput) { try after.run(StepFlags()) }
        #expect(!later.text.contains("Bayu Santoso"))
    }

    @Test func judgementExitIsChosenByLabel() throws {
        let f = EngineFixture()
        let id = try helpdeskAtTerima(f)
        try f.step(id, "terima", as: EngineFixture.rina, fields: ["permasalahan": "Unggah KTA gagal"])
        let (interview, prompter) = try self.interview(f, id, ["1", "ya", "ya", "ya", "ya", "ya", "Barangkali", "2", "", "ya"])
        let request = try interview.run(StepFlags())
        #expect(prompter.text.contains("'Barangkali' tidak ada di pilihan"))
        #expect(request.choice == "Tidak")
        #expect(try f.engine.perform(request).state.active.map(\.step) == ["lapor_anggota"])
    }

    @Test func exitDecidedByAConditionIsNotAsked() throws {
        let f = EngineFixture()
        let id = try helpdeskAtTerima(f)
        try f.step(id, "terima", as: EngineFixture.rina, fields: ["permasalahan": "Unggah KTA gagal"])
        try f.step(id, "jawab", as: EngineFixture.rina, choice: "Ya")
        // tanya_paham: the field `dipahami` decides the exit.
        let (interview, prompter) = try self.interview(f, id, ["rina", "tidak", "ya", "ya", "ya", "ya", "ya", "", "ya"])
        let request = try interview.run(StepFlags())
        #expect(request.choice == nil)
        #expect(prompter.text.contains("Keputusan: cabang Tidak, ditentukan oleh kondisi SOP."))
        #expect(try f.engine.perform(request).state.active.map(\.step) == ["ulang_jawaban"])
    }

    @Test func severalCurrentStepsAreChosenAndFlagsAreKept() throws {
        let (sop, yaml) = try TogetherTests.sop("semua")
        let f = EngineFixture()
        let id = try f.engine.open(sop: sop, source: yaml).id
        try f.step(id, "mulai", as: EngineFixture.rina)
        let (interview, prompter) = try self.interview(f, id, ["bahas_a", "ya"])
        let request = try interview.run(StepFlags(actingAs: EngineFixture.anggota, note: "dari bendera"))
        #expect(prompter.text.contains("Kasus ini memiliki 2 langkah berjalan"))
        #expect(request.step == "bahas_anggota")
        #expect(request.actingAs == EngineFixture.anggota)
        #expect(request.note == "dari bendera")
        #expect(try f.engine.perform(request).state.active.map(\.step) == ["bahas_helpdesk"])
    }

    @Test func declinedAndStoppedInterviewsRecordNothing() throws {
        let f = EngineFixture()
        let id = try helpdeskAtTerima(f)
        let events = try f.engine.state(of: id).events.count
        let (declined, _) = try interview(f, id, ["rina", "Masalah", "ya", "ya", "ya", "ya", "", "tidak"])
        #expect(throws: GuidedStop.declined) { try declined.run(StepFlags()) }
        let (stopped, _) = try interview(f, id, ["rina", "Masalah", "ya"])
        #expect(throws: GuidedStop.endOfInput) { try stopped.run(StepFlags()) }
        #expect(try f.engine.state(of: id).events.count == events)
        #expect(GuidedStop.interrupted.failure.status == .interrupted)
        #expect(GuidedStop.interrupted.failure.message.hasPrefix("[TANYA002]"))
        #expect(GuidedStop.endOfInput.failure.status == .usage)
        #expect(GuidedStop.declined.failure.status == .findings)
    }

    @Test func aMissingRequiredItemIsWarnedAndTheEngineRecordsTheRefusal() throws {
        let f = EngineFixture()
        let id = try helpdeskAtTerima(f)
        let (interview, prompter) = try self.interview(f, id, ["rina", "Masalah", "tidak", "ya", "ya", "ya", "", "ya"])
        let request = try interview.run(StepFlags())
        #expect(prompter.text.contains("PERHATIAN: kelengkapan wajib tidak tersedia (Daftar Hadir Helpdesk Sipol Konsultasi)"))
        #expect(throws: EngineError.missingRequirements(["Daftar Hadir Helpdesk Sipol Konsultasi"])) { try f.engine.perform(request) }
        guard case .stepRefused(let refused) = try f.engine.state(of: id).events.last?.payload else { Issue.record("no refusal"); return }
        #expect(refused.code == "KASUS014")
    }

    @Test func openAsksForTheFlowchartAndTheStart() throws {
        let sop = try #require(SOPLoader.load(bytes: Array(StartAndProcedureTests.procedures.utf8), path: "prosedur.yaml").sop)
        let prompter = ScriptedPrompter(["2", "", "ya"])
        let open = OpenInterview(prompter: prompter, sop: sop, authorization: EngineFixture().engine.authorization,
                                 instant: EngineFixture.start, zone: .wib)
        #expect(OpenInterview.hasQuestions(OpenFlags(actingAs: "Rina Wulandari"), sop: sop))
        let answers = try open.run(OpenFlags())
        #expect(answers.procedure == "keberatan")
        #expect(answers.actingAs == nil)
        #expect(prompter.text.contains("Dibuka oleh : Sistem (tanpa nama)"))

        let (corpus, _) = try StartAndProcedureTests.load(StartAndProcedureTests.corpus)
        let starts = ScriptedPrompter(["mulai_e", "Tamu Dari Luar", "ya", "ya"])
        let second = OpenInterview(prompter: starts, sop: corpus, authorization: EngineFixture().engine.authorization,
                                   instant: EngineFixture.start, zone: .wib)
        let chosen = try second.run(OpenFlags())
        #expect(chosen.start == "mulai_email")
        #expect(chosen.actingAs == "Tamu Dari Luar")
        #expect(starts.text.contains("'Tamu Dari Luar' tidak ada di daftar petugas"))
    }

    @Test func answersByNumberNameAndPrefix() throws {
        let options = ["Ya", "Tidak", "Tunda"]
        #expect(try Answers.pick("2", among: options, name: { $0 }).get() == "Tidak")
        #expect(try Answers.pick("tidak", among: options, name: { $0 }).get() == "Tidak")
        #expect(try Answers.pick("tu", among: options, name: { $0 }).get() == "Tunda")
        guard case .failure(let several) = Answers.pick("t", among: options, name: { $0 }) else { Issue.record("ambiguous taken"); return }
        #expect(several.message.contains("cocok dengan beberapa pilihan: Tidak, Tunda"))
        guard case .failure(let outOfRange) = Answers.pick("4", among: options, name: { $0 }) else { Issue.record("4 taken"); return }
        #expect(outOfRange.message == "nomor 4 tidak ada; pilih 1-3")
        #expect(Answers.yesNo("Y") == true && Answers.yesNo("t") == false && Answers.yesNo("mungkin") == nil)
    }
}
