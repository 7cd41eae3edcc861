import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPStorePostgres

/// Options every case command shares: where the store is, who the staff are, the office calendar.
struct EngineOptions: ParsableArguments {
    @Option(name: .long, help: "Penyimpanan kasus: berkas SQLite, atau URL PostgreSQL postgres://pengguna:sandi@host:port/basisdata. Bawaan: $SOP_DATA, atau ~/.local/share/sop/kasus.sqlite.")
    var data: String?

    @Option(name: .long, help: "Berkas daftar petugas (YAML). Bawaan: $SOP_PETUGAS, atau petugas.yaml di folder ini bila ada.")
    var petugas: String?

    @Option(name: .long, help: "Kalender kerja kantor (YAML). Bawaan: $SOP_KALENDER, atau kalender nasional bawaan program (\(EmbeddedCalendar.years)).")
    var kalender: String?

    @Option(name: .customLong("daftar-kantor"), help: "Daftar kantor (kantor.yaml) untuk penyimpanan bersama banyak kantor. Bawaan: $SOP_DAFTAR_KANTOR; tanpa daftar, satu kantor.")
    var daftarKantor: String?

    /// The store path: --data, else $SOP_DATA, else the XDG data folder.
    var storePath: String {
        if let data { return data }
        let env = ProcessInfo.processInfo.environment
        if let path = env["SOP_DATA"], !path.isEmpty { return path }
        let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.local/share")
        return base + "/sop/kasus.sqlite"
    }

    /// Where `storePath` came from, said to people so they know which store they wrote to.
    var storeOrigin: String {
        if data != nil { return "dari --data" }
        if let path = ProcessInfo.processInfo.environment["SOP_DATA"], !path.isEmpty { return "dari $SOP_DATA" }
        return "bawaan; pilih berkas lain dengan --data atau $SOP_DATA"
    }

    /// The store as people may be told of it: a PostgreSQL URL without its password.
    var storeDisplay: String {
        PostgresLocation.isURL(storePath) ? ((try? PostgresLocation.parse(storePath))?.display ?? PostgresLocation.redacted(storePath)) : storePath
    }

    /// A SQLite file, or a PostgreSQL server when the location is a `postgres://` URL.
    /// `readOnly` for commands that only read: a SQLite file is never written.
    func openStore(readOnly: Bool = false) throws -> any EventStore {
        do {
            // Writers seal every event with the office key when $SOP_KUNCI names it.
            let seal = readOnly ? nil : try OfficeKey.sealFromEnvironment()
            if PostgresLocation.isURL(storePath) {
                return try PostgresEventStore(location: try PostgresLocation.parse(storePath), seal: seal)
            }
            return try SQLiteEventStore(path: storePath, readOnly: readOnly, seal: seal)
        } catch let error as StoreError {
            throw CommandFailure("DATA001", "penyimpanan kasus '\(storeDisplay)' tidak dapat dibuka: \(error.message)")
        } catch let error as StoreLocationError {
            throw CommandFailure("DATA001", "penyimpanan kasus tidak dapat dibuka: \(error.message)", status: .usage)
        }
    }

    /// The roster: --petugas, else $SOP_PETUGAS, else ./petugas.yaml when present; nil when none.
    func loadRoster() throws -> Roster? {
        let env = ProcessInfo.processInfo.environment["SOP_PETUGAS"]
        let found: (path: String, origin: String)? = petugas.map { ($0, "--petugas") } ?? (env?.isEmpty == false ? env.map { ($0, "$SOP_PETUGAS") } : nil)
            ?? (FileManager.default.fileExists(atPath: "petugas.yaml") ? ("petugas.yaml", "folder ini") : nil)
        guard let path = found?.path, let origin = found?.origin else { return nil }
        let (roster, diagnostics, source) = RosterLoader.load(path: path)
        Output.diagnostics(DiagnosticRenderer(sources: [source]).render(diagnostics))
        guard let roster else {
            let unreadable = diagnostics.contains { $0.code == .unreadableFile }
            throw CommandFailure("PETUGAS001", "daftar petugas '\(path)' (dari \(origin)) tidak dapat dipakai", status: unreadable ? .usage : .findings)
        }
        return roster
    }

    /// The office tree: --daftar-kantor, else $SOP_DAFTAR_KANTOR; nil for a single office. The
    /// roster's staff must each name one of its offices.
    func loadOffices(roster: Roster?) throws -> OfficeDirectory? {
        let env = ProcessInfo.processInfo.environment["SOP_DAFTAR_KANTOR"]
        guard let path = daftarKantor ?? (env?.isEmpty == false ? env : nil) else { return nil }
        let (directory, diagnostics, source) = OfficeLoader.load(path: path)
        Output.diagnostics(DiagnosticRenderer(sources: [source]).render(diagnostics))
        guard let directory else {
            let unreadable = diagnostics.contains { $0.code == .unreadableFile }
            throw CommandFailure("KANTOR001", "daftar kantor '\(path)' tidak dapat dipakai", status: unreadable ? .usage : .findings)
        }
        if let roster {
            let findings = OfficeLoader.check(roster, against: directory)
            let text = (try? String(contentsOfFile: roster.path, encoding: .utf8)) ?? ""
            Output.diagnostics(DiagnosticRenderer(sources: [SourceText(path: roster.path, bytes: Array(text.utf8))]).render(findings))
            if findings.contains(where: { $0.severity == .error }) {
                throw CommandFailure("KANTOR002", "daftar petugas '\(roster.path)' tidak cocok dengan daftar kantor '\(path)'", status: .findings)
            }
        }
        return directory
    }

    /// The engine's clock: the wall clock, or $SOP_WAKTU_SEKARANG (ISO 8601) for demos and tests.
    func clock() throws -> EngineClock {
        guard let fixed = ProcessInfo.processInfo.environment["SOP_WAKTU_SEKARANG"], !fixed.isEmpty else { return SystemClock() }
        switch TimeInput.parse(fixed, zone: "Asia/Jakarta") {
        case .success(let date): return ManualClock(date)
        case .failure(let error):
            throw CommandFailure("WAKTU001", "SOP_WAKTU_SEKARANG '\(fixed)' bukan waktu yang sah: \(error.reason) (contoh: 2024-04-05T03:00:00Z)")
        }
    }

    /// The office calendar: --kalender, else $SOP_KALENDER, else the national calendar built into
    /// the binary, read in `zone` (the roster's) when given.
    func calendar(zone: CalendarZone? = nil) throws -> (WorkCalendar, isFile: Bool) {
        let env = ProcessInfo.processInfo.environment["SOP_KALENDER"]
        let path = kalender ?? (env?.isEmpty == false ? env : nil)
        let (loaded, diagnostics) = Self.loadCalendar(path)
        guard var calendar = loaded else {
            let unreadable = diagnostics.contains { $0.code == .unreadableFile }
            throw CommandFailure("KALENDER001", "kalender '\(path ?? EmbeddedCalendar.path)' tidak dapat dipakai", status: unreadable ? .usage : .findings)
        }
        // The national calendar's dates and hours are read in the office's own zone.
        if path == nil, let zone { calendar.zone = zone }
        if let warning = CalendarHorizon(calendar: calendar, now: try clock().now()).warning {
            Output.error("peringatan KALENDER003: \(warning)")
        }
        return (calendar, path != nil)
    }

    /// A calendar file, or the national calendar built into the binary when `path` is nil; its
    /// findings are printed against their source.
    static func loadCalendar(_ path: String?) -> (WorkCalendar?, [Diagnostic]) {
        let (loaded, diagnostics): (WorkCalendar?, [Diagnostic])
        let source: SourceText
        if let path {
            (loaded, diagnostics) = CalendarLoader.load(path: path)
            source = SourceText(path: path, bytes: Array((FileManager.default.contents(atPath: path) ?? Data())))
        } else {
            let bytes = Array(EmbeddedCalendar.national.utf8)
            (loaded, diagnostics) = CalendarLoader.load(bytes: bytes, path: EmbeddedCalendar.path)
            source = SourceText(path: EmbeddedCalendar.path, bytes: bytes)
        }
        Output.diagnostics(DiagnosticRenderer(sources: [source]).render(diagnostics))
        return (loaded, diagnostics)
    }

    /// The store, the roster and the calendar of this office, with the one zone they agree on.
    func office(readOnly: Bool = false) throws -> Office {
        let (roster, calendar) = try setting()
        let offices = try loadOffices(roster: roster)
        let engine = CaseEngine(store: try openStore(readOnly: readOnly), clock: try clock(), roster: roster, zone: calendar.zone.timeZone,
                                offices: offices)
        let levels = try roster.map(levelCalendars) ?? [:]
        return Office(engine: engine, sla: SLAClock(calculator: DeadlineCalculator(calendar: calendar), levels: levels))
    }

    /// The roster and the calendar of this office, agreeing on its one zone (the roster's dates
    /// are read in it too).
    func setting() throws -> (roster: Roster?, calendar: WorkCalendar) {
        var roster = try loadRoster()
        let declared = roster?.declaredZone.flatMap(CalendarZone.resolve)
        let (calendar, isFile) = try calendar(zone: declared)
        if isFile, let declared, let written = roster?.declaredZone,
           declared.timeZone.secondsFromGMT() != calendar.zone.timeZone.secondsFromGMT() {
            throw CommandFailure("PETUGAS002", "zona waktu daftar petugas (\(written.value), \(written.location)) berbeda dengan zona kalender kantor "
                                 + "(\(calendar.zone.abbreviation)); satu kantor memakai satu zona: samakan 'zona_waktu' keduanya atau hapus dari daftar petugas")
        }
        roster?.timeZone = calendar.zone.identifier
        return (roster, calendar)
    }

    /// The roster's `kalender_tingkat`: each level's calendar file (relative to the roster) or the
    /// national calendar read in that level's zone.
    func levelCalendars(_ roster: Roster) throws -> [OrgLevel: DeadlineCalculator] {
        var out: [OrgLevel: DeadlineCalculator] = [:]
        for (level, setting) in roster.levelCalendars {
            let folder = URL(fileURLWithPath: roster.path).deletingLastPathComponent()
            let path = setting.file.map { $0.value.hasPrefix("/") ? $0.value : folder.appendingPathComponent($0.value).path }
            let (loaded, _) = Self.loadCalendar(path)
            guard var calendar = loaded else {
                throw CommandFailure("PETUGAS003", "kalender tingkat \(level.printed) (\(setting.location)) tidak dapat dipakai")
            }
            if setting.file == nil, let zone = setting.zone { calendar.zone = zone }
            if let zone = setting.zone, zone.timeZone.secondsFromGMT() != calendar.zone.timeZone.secondsFromGMT() {
                throw CommandFailure("PETUGAS003", "kalender tingkat \(level.printed) (\(setting.location)) berzona \(calendar.zone.abbreviation), "
                                     + "bukan \(zone.abbreviation) seperti tertulis; samakan atau hapus 'zona_waktu'")
            }
            out[level] = DeadlineCalculator(calendar: calendar)
        }
        return out
    }
}

/// One office as a command sees it: the engine over its store and roster, and the SLA clock of
/// its calendar, both in the office's one zone.
struct Office {
    let engine: CaseEngine
    let sla: SLAClock

    var zone: TimeZone { engine.zone }

    /// `--pada` in the office's zone, or nil when not given.
    func when(_ pada: String?) throws -> Date? { try pada.map { try WhenParser.parse($0, zone: zone) } }

    /// "Now" (`$SOP_WAKTU_SEKARANG` or the wall clock) or `--pada`.
    func moment(_ pada: String?) throws -> Date { try when(pada) ?? engine.clock.now() }
}

/// Parses `--pada` times with the one strict parser (`TimeInput`).
enum WhenParser {
    static func parse(_ text: String, zone: TimeZone) throws -> Date {
        switch TimeInput.parse(text, zone: zone.identifier) {
        case .success(let date): return date
        case .failure(let error):
            throw CommandFailure("WAKTU002", "waktu '\(text)' tidak sah: \(error.reason); tulis seperti 2024-04-05 10:30 (\(LocalTime.label(zone))) atau 2024-04-05T10:30:00+07:00")
        }
    }
}

/// `--isi nama=Budi` pairs.
enum KeyValues {
    static func parse(_ items: [String]) throws -> [String: String] {
        var out: [String: String] = [:]
        for item in items {
            guard let eq = item.firstIndex(of: "="), eq != item.startIndex else {
                throw CommandFailure("ISIAN001", "--isi '\(item)' harus berbentuk nama_isian=nilai")
            }
            out[String(item[..<eq]).trimmingCharacters(in: .whitespaces)] = String(item[item.index(after: eq)...])
        }
        return out
    }
}

extension EngineError {
    /// Engine refusals exit 1; a store that cannot be used exits 2.
    var failure: CommandFailure {
        CommandFailure(code, message, status: { if case .store = self { .usage } else { .findings } }())
    }
}

/// Runs an engine call, turning its errors into user-facing failures.
func engineCall<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as EngineError { throw error.failure }
}
