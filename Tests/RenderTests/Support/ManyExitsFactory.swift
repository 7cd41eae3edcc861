/// The shape of benchmark target 8 (as `sop-bench buat-sop --cabang N` writes it): a start, one
/// decision `pilih` with `exits` labelled exits `J0...` each to its own one-box row `p0...` in
/// the other lane (or, with `boxLane: "a"`, right under the decision in its own), and the end
/// `akhir` every box leads to.
enum ManyExitsFactory {
    static func yaml(exits: Int, boxLane: String = "b") -> String {
        var lines = [
            "format: 1",
            "identitas:",
            "  instansi: Komisi Pemilihan Umum Kota Kupang",
            "  nomor: SOP/UJI/CABANG/\(exits)",
            "  nama: Keputusan dengan \(exits) cabang",
            "  tanggal_pembuatan: 2024-01-02",
            "pelaksana:",
            "  - {id: a, nama: Petugas A, tingkat: kabupaten_kota}",
            "  - {id: b, nama: Petugas B, tingkat: kabupaten_kota}",
            "langkah:",
            "  - kegiatan: Mulai",
            "    simbol:",
            "      - {id: mulai, bentuk: terminator, pelaksana: a, ke: pilih}",
            "  - kegiatan: Memilih jalur",
            "    simbol:",
            "      - id: pilih",
            "        bentuk: keputusan",
            "        pelaksana: a",
            "        teks: Jalur?",
            "        cabang:",
        ]
        lines += (0..<exits).map { "          - {label: J\($0), ke: p\($0)}" }
        for k in 0..<exits {
            lines += ["  - kegiatan: Menangani jalur \(k)", "    simbol:", "      - {id: p\(k), bentuk: proses, pelaksana: \(boxLane), ke: akhir}"]
        }
        lines += ["  - kegiatan: Selesai", "    simbol:", "      - {id: akhir, bentuk: terminator, pelaksana: a, selesai: ya}"]
        return lines.joined(separator: "\n") + "\n"
    }
}
