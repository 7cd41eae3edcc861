/// An SOP with one decision of many exits (target 8): a start terminator, the decision `pilih`
/// with `exits` labelled exits, each to its own one-box row, and an end terminator every box
/// leads to. Two lanes: the decision in the first, the boxes in the second, so every exit needs
/// a leg across and the end collects as many arrows as the decision sends.
enum ManyExitsSOP {
    static func generate(exits: Int) -> String {
        precondition(exits >= 2, "a decision needs at least two exits")
        var out = ""
        out.reserveCapacity(exits * 140 + 1_000)
        func line(_ s: String) { out += s; out += "\n" }
        line("# SOP sintetis: satu keputusan dengan \(exits) cabang, dibuat oleh sop-bench buat-sop --cabang")
        line("format: 1")
        line("identitas:")
        line("  instansi: Komisi Pemilihan Umum Kota Kupang")
        line("  nomor: SOP/SYN/CABANG/\(exits)")
        line("  nama: Keputusan dengan \(exits) cabang untuk uji kinerja cetak")
        line("  tanggal_pembuatan: 2024-01-02")
        line("pelaksana:")
        line("  - {id: a, nama: Petugas A, tingkat: kabupaten_kota}")
        line("  - {id: b, nama: Petugas B, tingkat: kabupaten_kota}")
        line("langkah:")
        line("  - kegiatan: Mulai")
        line("    simbol:")
        line("      - {id: mulai, bentuk: terminator, pelaksana: a, ke: pilih}")
        line("  - kegiatan: Memilih jalur")
        line("    simbol:")
        line("      - id: pilih")
        line("        bentuk: keputusan")
        line("        pelaksana: a")
        line("        teks: Jalur?")
        line("        cabang:")
        for k in 0..<exits { line("          - {label: J\(k), ke: p\(k)}") }
        for k in 0..<exits {
            line("  - kegiatan: Menangani jalur \(k)")
            line("    simbol:")
            line("      - {id: p\(k), bentuk: proses, pelaksana: b, ke: akhir}")
        }
        line("  - kegiatan: Selesai")
        line("    simbol:")
        line("      - {id: akhir, bentuk: terminator, pelaksana: a, selesai: ya}")
        return out
    }
}
