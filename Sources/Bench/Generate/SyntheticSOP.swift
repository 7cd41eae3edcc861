/// A synthetic, deterministic, large SOP in the project's YAML format: the counterpart of
/// ../shared/bench/limits/gen_sop.py (8 actors, about 525 bytes a step, a decision every 10th
/// step with both exits pointing forward), with the keys of docs/format.md instead of the
/// generic SOP-AP keys, so the same size of file exercises our loader and checker.
enum SyntheticSOP {
    static let actors: [(id: String, name: String, level: String)] = [
        ("parpol", "Partai Politik", "eksternal"),
        ("helpdesk_kota", "Helpdesk KPU Kota", "kabupaten_kota"),
        ("helpdesk_provinsi", "Helpdesk KPU Provinsi", "provinsi"),
        ("sekretaris", "Sekretaris KPU Kota", "kabupaten_kota"),
        ("kasubbag_teknis", "Kepala Subbagian Teknis Penyelenggaraan", "kabupaten_kota"),
        ("ketua", "Ketua KPU Kota", "kabupaten_kota"),
        ("operator_sipol", "Operator SIPOL", "kabupaten_kota"),
        ("bawaslu", "Bawaslu Kota", "eksternal"),
    ]

    static let words = """
        petugas menerima memeriksa mencatat dokumen persyaratan pendaftaran partai politik \
        bakal calon anggota dewan perwakilan rakyat daerah berita acara verifikasi administrasi \
        faktual keanggotaan kepengurusan formulir surat keputusan lampiran salinan dan atau yang \
        sesuai dengan ketentuan peraturan komisi pemilihan umum petunjuk teknis tahapan jadwal \
        penyelenggaraan laporan hasil rapat pleno terbuka tertutup koordinasi sekretariat helpdesk \
        tanggapan masukan masyarakat kelengkapan kesesuaian keabsahan data pemilih daftar hadir \
        tanda terima arsip elektronik sistem informasi penyampaian perbaikan rekapitulasi
        """.split(separator: " ").map(String.init)

    static let requirements = ["Daftar hadir", "Formulir konsultasi", "Peraturan KPU", "Petunjuk teknis", "FAQ",
                               "Buku register", "Berita acara", "Surat pengantar", "Alat tulis kantor", "Komputer dan printer",
                               "Akses SIPOL", "Stempel dinas", "Map arsip"]
    static let outputs = ["Daftar hadir", "Catatan permasalahan", "Jawaban tertulis", "Laporan helpdesk", "Tanda terima",
                          "Berita acara", "Surat keputusan", "Rekapitulasi data", "Arsip dokumen", "Nota dinas"]
    static let verbs = ["Menerima", "Memeriksa", "Mencatat", "Menyampaikan", "Menyusun", "Memverifikasi"]
    static let minutes = [5, 10, 10, 15, 15, 20, 30, 30, 45, 60]

    static func stepID(_ i: Int) -> String {
        let digits = String(i)
        return "l" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The YAML text of an SOP with `steps` steps.
    static func generate(steps: Int, seed: UInt64 = 1) -> String {
        precondition(steps >= 1, "an SOP needs at least one step")
        var rng = SplitMix64(seed: seed)
        var out = ""
        out.reserveCapacity(steps * 540 + 2_000)
        func line(_ s: String) { out += s; out += "\n" }
        line("# SOP sintetis \(steps) langkah, dibuat oleh sop-bench buat-sop (seed \(seed))")
        line("format: 1")
        line("identitas:")
        line("  instansi: Komisi Pemilihan Umum Kota Kupang")
        line("  unit: Sekretariat Komisi Pemilihan Umum Kota Kupang")
        line("  nomor: SOP/SYN/\(steps)/\(seed)")
        line("  nama: Prosedur sintetis dengan \(steps) langkah untuk uji kinerja")
        line("  tanggal_efektif: 2024-01-02")
        line("  dasar_hukum:")
        line("    - Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum")
        line("    - Peraturan KPU tentang Pendaftaran, Verifikasi, dan Penetapan Partai Politik")
        line("pelaksana:")
        for actor in actors {
            line("  - id: \(actor.id)")
            line("    nama: \(actor.name)")
            line("    tingkat: \(actor.level)")
        }
        line("langkah:")
        for i in 1...steps {
            line("  - id: \(stepID(i))")
            line("    pelaksana: \(actors[rng.below(actors.count)].id)")
            // Verb first, as the lint rule SOP508 asks, so the findings are not 10,000 warnings.
            let verb = verbs[rng.below(verbs.count)]
            line("    kegiatan: \(verb) \(sentence(&rng, length: 200 + rng.below(41)).lowercased())")
            line("    kelengkapan:")
            for item in sample(&rng, requirements, count: 1 + rng.below(4)) { line("      - \(item)") }
            line("    waktu: \(minutes[rng.below(minutes.count)]) menit")
            line("    output: \(outputs[rng.below(outputs.count)])")
            line("    keterangan: \(sentence(&rng, length: 30 + rng.below(41)))")
            if i == steps {
                line("    selesai: ya")
            } else if i % 10 == 0 {
                let question = sentence(&rng, length: 40).dropLast().lowercased()
                line("    keputusan:")
                line("      pertanyaan: Apakah \(question) sudah lengkap?")
                line("      cabang:")
                line("        - {label: Ya, ke: \(stepID(i + 1))}")
                line("        - {label: Tidak, ke: \(stepID(min(i + 5, steps)))}")
            } else {
                line("    lanjut: \(stepID(i + 1))")
            }
        }
        return out
    }

    /// Words up to about `length` characters, a comma every ninth word, a full stop: plain
    /// scalars that never contain ": " or " #".
    static func sentence(_ rng: inout SplitMix64, length: Int) -> String {
        var chosen: [String] = []
        var n = 0
        while n < length {
            let word = words[rng.below(words.count)]
            chosen.append(word)
            n += word.count + 1
        }
        for i in stride(from: 5, to: chosen.count - 1, by: 9) { chosen[i] += "," }
        let text = chosen.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    static func sample(_ rng: inout SplitMix64, _ items: [String], count: Int) -> [String] {
        var pool = items
        var picked: [String] = []
        for _ in 0..<min(count, pool.count) { picked.append(pool.remove(at: rng.below(pool.count))) }
        return picked
    }
}

/// A tiny deterministic PRNG: the same seed gives the same file on every platform (the
/// standard library's generator is seeded randomly).
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
