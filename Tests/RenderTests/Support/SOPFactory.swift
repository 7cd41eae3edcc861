import SOPDSL
import TestSupport

typealias SeededGenerator = SplitMix64

/// SOP models built in code: random decision graphs for the router's properties, long flows for
/// pagination and the performance check.
enum SOPFactory {
    private static let here = SourceLocation.unknown()
    private static let words = ["Menerima", "surat", "permohonan", "dari", "partai", "politik", "dan", "mencatat",
                                "dalam", "buku", "registrasi", "menyampaikan", "kepada", "Kepala", "Sub", "Bagian",
                                "Hukum", "untuk", "ditindaklanjuti", "sesuai", "ketentuan", "peraturan", "KPU", "data"]

    static func identity() -> Identity {
        Identity(agency: "Komisi Pemilihan Umum Kabupaten Contoh", unit: "Sekretariat", number: "1 Tahun 2024",
                 name: "SOP Uji Tata Letak", createdOn: IdentityDate(SOPDate(year: 2024, month: 1, day: 5, location: here)),
                 effectiveOn: IdentityDate(SOPDate(year: 2024, month: 1, day: 8, location: here)),
                 approvedBy: Approver(position: "Ketua", name: "Nama Pejabat", nip: "19700101 199001 1 001", location: here),
                 legalBasis: ["Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum"], location: here)
    }

    static func actors(_ count: Int) -> [Actor] {
        (0..<count).map { Actor(id: "a\($0)", label: Text("Pelaksana \($0 + 1)", at: here), location: here) }
    }

    /// A random decision graph of `steps` rows over `actorCount` columns: about a third of the
    /// rows are decisions with two or three exits, forwards and backwards, some far away (across
    /// pages); some rows are done by two actors; text lengths vary so row heights do.
    static func random(steps n: Int, actorCount: Int, seed: UInt64) -> SOP {
        var rng = SeededGenerator(seed: seed)
        var steps: [Step] = []
        for i in 0..<n {
            var actors = [Reference("a\(Int.random(in: 0..<actorCount, using: &rng))", at: here)]
            if actorCount > 1, Double.random(in: 0..<1, using: &rng) < 0.1 {
                let other = "a\(Int.random(in: 0..<actorCount, using: &rng))"
                if other != actors[0].id { actors.append(Reference(other, at: here)) }
            }
            let flow: Flow
            if i == n - 1 {
                flow = .end
            } else if i > 0, Double.random(in: 0..<1, using: &rng) < 0.33 {
                flow = .decision(decision(at: i, count: n, rng: &rng))
            } else if Double.random(in: 0..<1, using: &rng) < 0.1 {
                flow = .next([Reference("s\(i + 1 + Int.random(in: 1...40, using: &rng) % (n - i - 1))", at: here)])
            } else if Double.random(in: 0..<1, using: &rng) < 0.04 {
                flow = .end
            } else {
                flow = .next([Reference("s\(i + 1)", at: here)])
            }
            let length = Int.random(in: 3...45, using: &rng)
            let activity = (0..<length).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            steps.append(Step(id: "s\(i)", number: i + 1, activity: Text(activity, at: here), actors: actors,
                              time: nil, output: Text("Dokumen \(i + 1)", at: here), flow: flow, location: here))
        }
        return SOP(path: "acak-\(seed).yaml", identity: identity(), actors: self.actors(actorCount), steps: steps)
    }

    private static func decision(at i: Int, count n: Int, rng: inout SeededGenerator) -> Decision {
        var targets = [i + 1]
        let exits = Int.random(in: 2...3, using: &rng)
        while targets.count < exits {
            let far = Double.random(in: 0..<1, using: &rng) < 0.15
            let t = far ? Int.random(in: 0..<n, using: &rng) : i + Int.random(in: -8...12, using: &rng)
            if (0..<n).contains(t), !targets.contains(t) { targets.append(t) }
        }
        let labels = ["Ya", "Tidak", "Lainnya"]
        return Decision(question: Text("Sudah lengkap?", at: here), exits: targets.enumerated().map { k, t in
            Exit(id: labels[k].lowercased(), label: Text(labels[k], at: here), targets: [Reference("s\(t)", at: here)], condition: nil, location: here)
        }, location: here)
    }

    /// A straight flow of `steps` rows cycling through the columns, every fifth row a decision
    /// looping back two rows: the shape of a long real SOP.
    static func long(steps n: Int, actorCount: Int) -> SOP {
        let steps = (0..<n).map { i -> Step in
            let flow: Flow = i == n - 1 ? .end
                : (i % 5 == 4 ? .decision(Decision(question: nil, exits: [
                    Exit(id: "ya", label: "Ya", targets: [Reference("s\(i + 1)", at: here)], condition: nil, location: here),
                    Exit(id: "tidak", label: "Tidak", targets: [Reference("s\(i - 2)", at: here)], condition: nil, location: here),
                ], location: here)) : .next([Reference("s\(i + 1)", at: here)]))
            return Step(id: "s\(i)", number: i + 1, activity: Text("Memeriksa berkas permohonan nomor \(i + 1) dan mencatatnya", at: here),
                        actors: [Reference("a\(i % actorCount)", at: here)], flow: flow, location: here)
        }
        return SOP(path: "panjang.yaml", identity: identity(), actors: actors(actorCount), steps: steps)
    }
}
