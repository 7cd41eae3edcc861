import Foundation
import SOPDSL
import SOPEngine

/// `sop kasus lihat`, `buka` and `lakukan`: a case's timeline and clocks, as text and as JSON.
public struct CasePresentation: Sendable {
    public let state: CaseState
    public let sop: SOP
    public let clock: SLAClock
    public let now: Date
    /// The versions the case ran on before a move, by hash.
    public let versions: [String: SOP]

    public init(state: CaseState, sop: SOP, clock: SLAClock, now: Date, versions: [String: SOP] = [:]) {
        self.state = state; self.sop = sop; self.clock = clock; self.now = now; self.versions = versions
    }

    var zone: TimeZone { clock.calculator.calendar.timeZone }
    var spans: [StepSpan] { CaseTimeline.spans(of: state, sop: sop, versions: versions) }

    // MARK: text

    public var text: String {
        var lines = ["Kasus \(state.id) — \(state.sopName) — \(state.status.rawValue)"]
        if let level = state.level { lines.append("Ditangani tingkat: \(level.printed)") }
        // The version in force at each event: the opening's, then each move's, in one pass.
        var hash = state.versionHashes.first ?? state.sopHash
        for event in state.events {
            if case .moved(let move) = event.payload { hash = move.toHash }
            lines.append(Self.line(event, sop: hash == state.sopHash ? sop : versions[hash] ?? sop, zone: zone))
        }
        if state.status == .open {
            lines.append("Langkah berjalan: " + state.active.map { "\($0.step) (sejak \(LocalTime.format($0.since, zone: zone)))" }.joined(separator: ", "))
        }
        lines += clockLines
        return lines.joined(separator: "\n")
    }

    /// Each step on the clock its standard counts on, with the other clock beside it.
    var clockLines: [String] {
        var lines = ["Waktu layanan (kalender: \(clock.calculator.calendar.name.value), \(LocalTime.label(zone))):"]
        for (level, calculator) in clock.levels.sorted(by: { ($0.key.rank ?? 9) < ($1.key.rank ?? 9) }) {
            lines.append("  tingkat \(level.printed) dihitung dengan kalender: \(calculator.calendar.name.value), \(calculator.calendar.zone.abbreviation)")
        }
        for a in spans.map({ clock.assess($0, at: now) }) {
            var line = "  \(a.span.step): "
            if a.span.isWaiting { line += "menunggu pihak luar; " }
            line += Self.durations(a)
            if let deadline = a.deadline { line += ", tenggat \(LocalTime.format(deadline, zone: zone))" }
            line += ", \(ReportWording.status(a.status, clock: a.clock))"
            if let gap = a.span.backdatedMinutes { line += "; dicatat mundur \(ReportWording.elapsed(gap))" }
            lines.append(line)
        }
        do {
            let clocks = try CaseClocks.measure(spans, openedAt: state.openedAt, closedAt: state.status == .closed ? state.updatedAt : nil,
                                                at: now, calculator: clock.calculator, levelCalendars: clock.levels)
            let levels = clocks.levelMinutes.sorted { ($0.key.rank ?? 9) < ($1.key.rank ?? 9) }
                .map { "\($0.key.printed) \(ReportWording.duration($0.value, on: .office))" }.joined(separator: ", ")
            lines.append("  per tingkat: \(levels.isEmpty ? "-" : levels)")
            lines.append("  seluruh kasus: \(ReportWording.duration(clocks.caseMinutes, on: .office))"
                         + (clocks.waitingMinutes > 0 ? " (tidak termasuk \(ReportWording.minutes(clocks.waitingMinutes)) menunggu pihak luar)" : ""))
        } catch {
            lines.append("  jam kasus tidak dapat dihitung: \(error.message)")
        }
        return lines
    }

    /// "2 jam 30 menit waktu kerja (1 hari 2 jam waktu berjalan)": the standard's clock first.
    static func durations(_ a: SLAClock.Assessment) -> String {
        let office = a.officeMinutes.map { ReportWording.duration($0, on: .office) } ?? "waktu kerja tidak dapat dihitung"
        let elapsed = a.elapsedMinutes.map { ReportWording.duration($0, on: .elapsed) } ?? "-"
        return a.clock == .office ? "\(office) (\(elapsed))" : "\(elapsed) (\(office))"
    }

    /// One timeline line per event.
    public static func line(_ event: CaseEvent, sop: SOP, zone: TimeZone) -> String {
        var text = "#\(event.sequence) \(LocalTime.format(event.occurredAt, zone: zone))"
        if event.isBackdated { text += " [dicatat belakangan \(LocalTime.format(event.recordedAt, zone: zone))]" }
        let who = event.actor.name + (event.actor.delegation.map { " (\($0))" } ?? "") + (event.actor.contact.map { ", \($0)" } ?? "")
        switch event.payload {
        case .opened(let opened):
            text += " dibuka oleh \(who)"
            if !opened.data.isEmpty { text += "; data: " + fields(opened.data) }
            if let note = opened.note { text += "\n      catatan: \(note)" }
        case .stepCompleted(let done):
            text += " \(done.step): \(sop.step(done.step)?.activity.value.split(separator: "\n").first ?? "") — \(who)"
            if !done.fields.isEmpty { text += "\n      isian: " + fields(done.fields) }
            if let exit = done.exit { text += "\n      cabang: \(exit) (dipilih \(done.exitChosenBy?.rawValue ?? "-"))" }
            if !done.requirementsMissing.isEmpty { text += "\n      kelengkapan tidak tersedia: \(done.requirementsMissing.joined(separator: ", "))" }
            if !done.outputProduced { text += "\n      output tidak dihasilkan" }
            if done.escalated { text += "\n      eskalasi ke tingkat \(done.level?.printed ?? "-")" }
            if let note = done.note { text += "\n      catatan: \(note)" }
        case .stepRefused(let refused):
            text += " DITOLAK \(refused.step) — \(who): [\(refused.code)] \(refused.message)"
        case .dutyDone(let duty):
            text += " tugas berkala \(duty.duty) — \(who)"
        case .moved(let move):
            text += " DIPINDAH ke versi \(move.toHash.prefix(12)) (\(move.sopPath)) dari versi \(move.fromHash.prefix(12)) — \(who)"
            let steps = move.steps.map { $0.from == $0.to ? $0.to : "\($0.from) → \($0.to)" }.joined(separator: ", ")
            text += "\n      langkah berjalan: \(steps.isEmpty ? "-" : steps)" + (move.restarted ? " (dilanjutkan dari langkah yang ditunjuk)" : "")
            if let note = move.note { text += "\n      catatan: \(note)" }
        }
        return text
    }

    static func fields(_ data: [String: Value]) -> String {
        data.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }

    // MARK: JSON (docs/json/kasus.schema.json)

    public var json: String { JSONText.encode(view, zone: zone) }

    var view: CaseJSON {
        CaseJSON(
            kasus: state.id,
            sop: .init(nama: sop.identity.name.value, nomor: sop.identity.number.value, versi: state.sopHash),
            status: state.status.rawValue, tingkat: state.level?.rawValue,
            langkahBerjalan: state.active.map { .init(langkah: $0.step, sejak: $0.since) },
            data: state.data, dibuka: state.openedAt, diperbarui: state.updatedAt,
            peristiwa: state.events.map(CaseJSON.Event.init),
            waktuLayanan: spans.map { CaseJSON.Clock(clock.assess($0, at: now)) })
    }
}

struct CaseJSON: Encodable {
    struct SOPRef: Encodable { let nama: String, nomor: String, versi: String }
    struct Active: Encodable { let langkah: String; let sejak: Date }
    struct Actor: Encodable {
        let jenis: String, id: String, nama: String
        let peran: String?, delegasi: String?, kontak: String?
    }

    struct Event: Encodable {
        let urutan: Int, jenis: String
        let waktu: Date, dicatat: Date, dicatatMundur: Bool
        let pelaku: Actor
        let langkah: String?
        let isian: [String: Value]?
        let cabang: String?, cabangDipilih: String?
        let kelengkapanTersedia: [String]?, kelengkapanKurang: [String]?
        let outputDihasilkan: Bool?, eskalasi: Bool?, tingkat: String?
        let berikutnya: [String]?
        let catatan: String?
        let kode: String?, pesan: String?
        /// A move to another version (`jenis: dipindah`).
        let dariVersi: String?, keVersi: String?, dilanjutkanDariLangkah: Bool?
        let hash: String

        init(_ e: CaseEvent) {
            urutan = e.sequence; jenis = e.kind; waktu = e.occurredAt; dicatat = e.recordedAt; dicatatMundur = e.isBackdated
            let kinds: [ActorRecord.Kind: String] = [.staff: "petugas", .external: "pihak_luar", .system: "sistem"]
            pelaku = Actor(jenis: kinds[e.actor.kind] ?? "sistem", id: e.actor.id, nama: e.actor.name, peran: e.actor.role,
                           delegasi: e.actor.delegation, kontak: e.actor.contact)
            langkah = e.payload.step
            hash = e.hash
            var fields: [String: Value]?, exit: String?, chooser: String?, present: [String]?, missing: [String]?
            var output: Bool?, escalated: Bool?, level: String?, next: [String]?, note: String?, code: String?, message: String?
            var fromVersion: String?, toVersion: String?, restarted: Bool?
            switch e.payload {
            case .opened(let o): fields = o.data; note = o.note
            case .stepCompleted(let d):
                fields = d.fields; exit = d.exit; chooser = d.exitChosenBy?.rawValue; present = d.requirementsPresent
                missing = d.requirementsMissing; output = d.outputProduced; escalated = d.escalated; level = d.level?.rawValue
                next = d.next; note = d.note
            case .stepRefused(let r): code = r.code; message = r.message
            case .dutyDone(let d): note = d.note
            case .moved(let m):
                next = m.steps.map(\.to); note = m.note
                fromVersion = m.fromHash; toVersion = m.toHash; restarted = m.restarted
            }
            isian = fields; cabang = exit; cabangDipilih = chooser; kelengkapanTersedia = present; kelengkapanKurang = missing
            outputDihasilkan = output; eskalasi = escalated; tingkat = level; berikutnya = next; catatan = note; kode = code; pesan = message
            dariVersi = fromVersion; keVersi = toVersion; dilanjutkanDariLangkah = restarted
        }
    }

    /// A step against its standard: both clocks, in minutes.
    struct Clock: Encodable {
        let langkah: String, aktifSejak: Date, selesai: Date?
        let standar: String?, jam: String
        let tenggat: Date?, keadaan: String
        let menitKerja: Int?, menitBerjalan: Int?
        let terlambatMenit: Int?, sisaMenit: Int?
        let menungguPihakLuar: Bool
        let dicatatMundurMenit: Int?

        init(_ a: SLAClock.Assessment) {
            langkah = a.span.step; aktifSejak = a.span.activatedAt; selesai = a.span.completedAt
            standar = a.span.standard?.written; jam = a.clock.rawValue; tenggat = a.deadline
            keadaan = ReportWording.statusKey(a.status)
            menitKerja = a.officeMinutes; menitBerjalan = a.elapsedMinutes
            switch a.status {
            case .late(let by): terlambatMenit = by; sisaMenit = nil
            case .near(let left), .onTime(let left): terlambatMenit = nil; sisaMenit = left
            default: terlambatMenit = nil; sisaMenit = nil
            }
            menungguPihakLuar = a.span.isWaiting
            dicatatMundurMenit = a.span.backdatedMinutes
        }
    }

    let kasus: String
    let sop: SOPRef
    let status: String, tingkat: String?
    let langkahBerjalan: [Active]
    let data: [String: Value]
    let dibuka: Date, diperbarui: Date
    let peristiwa: [Event]
    let waktuLayanan: [Clock]
}
