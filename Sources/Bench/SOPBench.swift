import ArgumentParser

/// `sop-bench`: the performance suite of docs/performance.md. Each subcommand measures one
/// target in-process and ends with a `RESULT {json}` line for ../shared/bench/rep.py;
/// scripts/bench.sh pairs them with the reference commands and prints the table.
@main
struct SOPBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sop-bench",
        abstract: "Benchmark mesin SOP (lihat docs/performance.md).",
        subcommands: [EksekusiCommand.self, SerentakCommand.self, MuatCommand.self, CetakCommand.self, LaporanCommand.self, SkalaCommand.self,
                      BuatSOPCommand.self, BuatKasusCommand.self]
    )
}

/// Options every case benchmark shares.
struct InputOptions: ParsableArguments {
    @Option(help: "Folder repositori (berisi sops/ dan contoh/).") var root = "."
    @Option(help: "SOP yang dijalankan.") var sop = "sops/helpdesk.yaml"
    @Option(help: "Daftar petugas.") var petugas = "contoh/petugas.yaml"
    @Option(name: .customLong("eskalasi-setiap"), help: "Kasus ke-n yang kelipatan nilai ini dieskalasi (0: tidak pernah).")
    var escalateEvery = 3

    func inputs() throws -> Inputs { try Inputs(root: root, sopPath: sop, rosterPath: petugas) }
}
