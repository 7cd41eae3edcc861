import SOPDSL
import TestSupport

/// Random SOPs whose rows hold several symbols, written as YAML and read by the real decoder:
/// a start terminator beside the first box, chains across lanes inside a row (left to right and
/// right to left), two symbols stacked in one lane, a symbol across two neighbouring lanes,
/// decisions with labelled and unlabelled exits looping back into the row or to earlier rows,
/// forks that join in a later row, plain lines between boxes done together, and an end
/// terminator beside the last box. The shapes of documents the repository has never seen.
enum RowFactory {
    static func yaml(rows n: Int, lanes k: Int, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        func lane() -> String { "a\(Int.random(in: 0..<k, using: &rng))" }
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        var out = """
            identitas: {instansi: Instansi Uji, nomor: "\(seed)", nama: SOP Uji Baris}
            pelaksana:

            """
        for i in 0..<k { out += "  - {id: a\(i), nama: Pelaksana \(i + 1)}\n" }
        out += "abaikan:\n  - {kode: SOP502, alasan: Uji.}\n  - {kode: SOP510, alasan: Uji.}\nlangkah:\n"
        var ids: [[String]] = []   // symbol ids per row
        for r in 0..<n {
            out += "  - kegiatan: Kegiatan baris \(r + 1) dengan teks yang \(String(repeating: "cukup ", count: Int.random(in: 0...6, using: &rng)))panjang\n"
            out += "    waktu: \(Int.random(in: 1...3, using: &rng)) hari kerja\n"
            var symbols: [String] = []
            var lines: [String] = []
            let count = r == 0 || r == n - 1 ? 2 : Int.random(in: 1...3, using: &rng)
            var used: [String] = []
            var straddled: [String] = []
            for s in 0..<count {
                let id = "s\(r)_\(s)"
                let next = s < count - 1 ? "s\(r)_\(s + 1)" : "s\(min(r + 1, n - 1))_0"
                var l = lane()
                // Mostly distinct lanes; sometimes two symbols share one (stacked).
                if used.contains(l), !chance(0.25) { l = (0..<k).map { "a\($0)" }.first { !used.contains($0) } ?? l }
                // Symbols share a lane only when nothing is drawn across it.
                if used.contains(l), straddled.contains(l) { l = (0..<k).map { "a\($0)" }.first { !used.contains($0) } ?? l }
                used.append(l)
                var fields = ["id: \(id)"]
                if r == 0 && s == 0 {
                    fields.append("bentuk: terminator")
                    if chance(0.5) { fields.append("teks: Langsung ke Kantor") }
                } else if r == n - 1 && s == count - 1 {
                    fields.append("bentuk: terminator")
                } else if r > 0, chance(0.22) {
                    // A decision: forward, back into the row, or back to an earlier row; a label or none.
                    fields.append("bentuk: keputusan")
                    // As real documents do: back into the row or up one or two rows ("belum sesuai").
                    let earlier = ids.suffix(2).flatMap { $0 } + (0..<s).map { "s\(r)_\($0)" }
                    let back = earlier.randomElement(using: &rng)!
                    let exits = ["{label: Ya, ke: \(next)}", chance(0.5) ? "{id: ulang, ke: \(back)}" : "{label: Belum Sesuai, ke: \(back)}"]
                    fields.append("cabang: [\(exits.joined(separator: ", "))]")
                } else if r < n - 2, chance(0.08) {
                    // A fork without a decision into the next row's first symbol and a later one.
                    fields.append(next == "s\(r + 2)_0" ? "ke: \(next)" : "ke: [\(next), s\(r + 2)_0]")
                }
                // Across two neighbouring lanes, when the row has nothing else in the second.
                if chance(0.12), k > 1, let n2 = (0..<k).map({ "a\($0)" }).first(where: {
                    !used.contains($0) && abs(Int($0.dropFirst())! - Int(l.dropFirst())!) == 1 }) {
                    used.append(n2)
                    straddled += [l, n2]
                    fields.append("pelaksana: [\(l), \(n2)]")
                } else {
                    fields.append("pelaksana: \(l)")
                }
                if s == 1, count == 3, chance(0.3), !fields.contains(where: { $0.hasPrefix("bentuk: keputusan") || $0.hasPrefix("ke:") }) {
                    lines.append(id)
                }
                symbols.append("      - {\(fields.joined(separator: ", "))}")
            }
            // A plain line from the first box of the row to the one marked, done together.
            if let joined = lines.first, !symbols[0].contains("terminator"), !symbols[0].contains("keputusan"), !symbols[0].contains("ke:") {
                symbols[0] = symbols[0].replacingOccurrences(of: "}", with: ", garis: \(joined)}")
            }
            out += "    simbol:\n" + symbols.joined(separator: "\n") + "\n"
            ids.append((0..<count).map { "s\(r)_\($0)" })
        }
        return out
    }
}
