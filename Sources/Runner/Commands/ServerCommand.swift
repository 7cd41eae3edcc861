import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPServer

/// `sop server`: the staff web pages and the JSON API for many offices on one store.
struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract: "Menjalankan server web untuk staf banyak kantor di satu penyimpanan (halaman staf dan API JSON).",
        discussion: """
        Perlu daftar kantor (--daftar-kantor) dan daftar petugas yang setiap stafnya menyebut kantor dan \
        kata sandi ('sandi', dibuat dengan 'sop sandi'). Penyimpanan biasanya PostgreSQL (--data postgres://...). \
        Server berjalan sampai dihentikan (Ctrl-C).
        """
    )

    @Option(name: .long, help: "Alamat yang didengar (bawaan 127.0.0.1; 0.0.0.0 untuk semua antarmuka).")
    var alamat = "127.0.0.1"

    @Option(name: .long, help: "Port (bawaan 8080; 0 memilih port bebas dan mencetaknya).")
    var port = 8080

    @Option(name: .long, help: "Berkas SOP yang dapat dibuka kasusnya (boleh berulang). Bawaan: sops/*.yaml di folder ini.")
    var sop: [String] = []

    @OptionGroup var options: EngineOptions

    func run() throws {
        guard (0...65535).contains(port) else {
            throw CommandFailure("SERVER020", "--port \(port) di luar 0-65535")
        }
        let deployment = try makeDeployment()
        let host = alamat, port = port
        final class Outcome: @unchecked Sendable { var error: Error? }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await ServerApp.run(deployment, host: host, port: port) { bound in
                    Output.print("sop server: melayani di http://\(host):\(bound)/ (Ctrl-C menghentikan)")
                }
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            throw CommandFailure("SERVER021", "server tidak dapat berjalan di \(host):\(port): \(error)")
        }
    }

    private func makeDeployment() throws -> Deployment {
        let (roster, calendar) = try options.setting()
        guard let roster else {
            throw CommandFailure("SERVER022", "server perlu daftar petugas: sebutkan dengan --petugas BERKAS atau $SOP_PETUGAS")
        }
        guard let offices = try options.loadOffices(roster: roster) else {
            throw CommandFailure("SERVER023", "server perlu daftar kantor: sebutkan dengan --daftar-kantor BERKAS atau $SOP_DAFTAR_KANTOR")
        }
        for member in roster.staff {
            if let hash = member.passwordHash, !PasswordHash.isWellFormed(hash.value) {
                throw CommandFailure("SERVER024", "'sandi' staf NIP \(member.nip) (\(hash.location)) bukan hasil 'sop sandi'; buat ulang dengan 'sop sandi'")
            }
        }
        let files = sop.isEmpty ? defaultSOPFiles() : sop
        guard !files.isEmpty else {
            throw CommandFailure("SERVER025", "tidak ada SOP untuk dilayani: sebutkan dengan --sop BERKAS atau jalankan dari folder yang memuat sops/")
        }
        var published: [PublishedSOP] = []
        for file in files {
            let (model, source) = try LoadedSOP.load(file)
            let id = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            guard !published.contains(where: { $0.id == id }) else {
                throw CommandFailure("SERVER026", "dua berkas SOP bernama '\(id)': beri nama berkas yang berbeda")
            }
            published.append(PublishedSOP(id: id, sop: model, source: source))
        }
        let calculators = try officeCalculators(offices, national: calendar)
        let engine = CaseEngine(store: try options.openStore(), clock: try options.clock(), roster: roster,
                                zone: calendar.zone.timeZone, offices: offices)
        return Deployment(engine: engine, roster: roster, offices: offices, sops: published, calculators: calculators,
                          national: DeadlineCalculator(calendar: calendar))
    }

    private func defaultSOPFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "sops")) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "sops/\($0)" }
    }

    /// Each office's calendar: its own file, or the office calendar (national by default) read in
    /// its zone; its local days off added.
    private func officeCalculators(_ offices: OfficeDirectory, national: WorkCalendar) throws -> [String: DeadlineCalculator] {
        var out: [String: DeadlineCalculator] = [:]
        let folder = URL(fileURLWithPath: offices.path).deletingLastPathComponent()
        for office in offices.offices {
            var calendar = national
            if let file = office.calendarFile {
                let path = file.value.hasPrefix("/") ? file.value : folder.appendingPathComponent(file.value).path
                guard let loaded = EngineOptions.loadCalendar(path).0 else {
                    throw CommandFailure("KANTOR003", "kalender kantor '\(office.id)' (\(file.location)) tidak dapat dipakai", status: .findings)
                }
                calendar = loaded
            } else if let zone = office.zone {
                calendar.zone = zone
            }
            let known = Set(calendar.daysOff.map(\.date))
            calendar.daysOff += office.daysOff.filter { !known.contains($0.date) }
            out[office.id] = DeadlineCalculator(calendar: calendar)
        }
        return out
    }
}
