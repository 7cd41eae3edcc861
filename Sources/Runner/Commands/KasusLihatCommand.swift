import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop kasus lihat ID`: the case's timeline (steps, who, when, fields, refusals).
struct KasusLihatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lihat",
        abstract: "Menampilkan riwayat kasus: langkah, pelaksana, waktu, isian dan penolakan (alias: show).",
        aliases: ["show"]
    )

    @Argument(help: "Nomor kasus.")
    var id: String

    @OptionGroup var options: EngineOptions

    func run() throws {
        let engine = try options.engine(readOnly: true)
        let state = try engineCall { try engine.state(of: id) }
        let sop = try engineCall { try engine.sop(of: state) }
        if options.json { return JSONOutput.print(CaseView(state: state, sop: sop)) }
        let zone = engine.officeZone
        Output.print("Kasus \(state.id) — \(state.sopName) — \(state.status.rawValue)")
        if let level = state.level { Output.print("Ditangani tingkat: \(level.printed)") }
        for event in state.events {
            Output.print(Timeline.line(event, sop: sop, zone: zone))
        }
        if state.status == .open {
            Output.print("Langkah berjalan: " + state.active.map { "\($0.step) (sejak \(LocalTime.format($0.since, zone: zone)))" }.joined(separator: ", "))
        }
        try printClocks(state: state, sop: sop, now: engine.clock.now())
    }

    /// The SLA clocks: each step against its standard, each level's share, the whole case.
    private func printClocks(state: CaseState, sop: SOP, now: Date) throws {
        let clock = try options.slaClock()
        let zone = clock.calculator.calendar.zone.identifier
        let spans = CaseTimeline.spans(of: state, sop: sop)
        Output.print("Waktu layanan (kalender: \(clock.calculator.calendar.name.value)):")
        for span in spans {
            let a = clock.assess(span, at: now)
            var line = "  \(span.step): "
            if span.isWaiting { line += "menunggu pihak luar; " }
            line += a.durationMinutes.map { "\(ReportWording.minutes($0)) kerja" } ?? "-"
            if let deadline = a.deadline { line += ", tenggat \(LocalTime.format(deadline, zone: zone))" }
            line += ", \(ReportDates.status(a.status))"
            Output.print(line)
        }
        do {
            let clocks = try CaseClocks.measure(spans, openedAt: state.openedAt, closedAt: state.status == .closed ? state.updatedAt : nil,
                                                at: now, calculator: clock.calculator)
            let levels = clocks.levelMinutes.sorted { ($0.key.rank ?? 9) < ($1.key.rank ?? 9) }
                .map { "\($0.key.printed) \(ReportWording.minutes($0.value))" }.joined(separator: ", ")
            Output.print("  per tingkat: \(levels.isEmpty ? "-" : levels)")
            Output.print("  seluruh kasus: \(ReportWording.minutes(clocks.caseMinutes)) kerja"
                         + (clocks.waitingMinutes > 0 ? " (tidak termasuk \(ReportWording.minutes(clocks.waitingMinutes)) menunggu pihak luar)" : ""))
        } catch {
            // `measure` throws only CalendarError (typed throws).
            Output.print("  jam kasus tidak dapat dihitung: \(error.message)")
        }
    }
}

/// One timeline line per event, in Bahasa Indonesia.
enum Timeline {
    static func line(_ event: CaseEvent, sop: SOP, zone: String) -> String {
        var text = "#\(event.sequence) \(LocalTime.format(event.occurredAt, zone: zone))"
        if event.isBackdated { text += " [dicatat belakangan \(LocalTime.format(event.recordedAt, zone: zone))]" }
        let who = event.actor.name + (event.actor.delegation.map { " (\($0))" } ?? "") + (event.actor.contact.map { ", \($0)" } ?? "")
        switch event.payload {
        case .opened(let opened):
            text += " dibuka oleh \(who)"
            if !opened.data.isEmpty { text += "; data: " + fields(opened.data) }
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
        }
        return text
    }

    static func fields(_ data: [String: Value]) -> String {
        data.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }
}

/// The JSON shape of a case for `--json`.
struct CaseView: Encodable {
    let id: String, sop: String, status: String, level: String?
    let active: [CaseState.ActiveStep]
    let data: [String: Value]
    let events: [CaseEvent]

    init(state: CaseState, sop: SOP) {
        id = state.id; self.sop = sop.identity.name.value; status = state.status.rawValue
        level = state.level?.rawValue; active = state.active; data = state.data; events = state.events
    }
}
