import SOPDSL

/// One symbol in both versions: what the printed symbol and the engine's node say differently.
/// The row's cells (kegiatan, kelengkapan, waktu, output, keterangan) belong to the row and are
/// compared there.
enum StepComparer {
    static func compare(_ a: Step, _ b: Step, _ map: Correspondence) -> [Change] {
        let symbol = b.id
        var changes: [Change] = []
        func scalar(_ aspect: String, _ label: String, _ x: String?, _ y: String?, item: String? = nil) {
            if let c = Scalar.change(aspect, label, x, y, symbol: symbol, item: item) { changes.append(c) }
        }
        let oldActors = a.actors.map { map.actor($0.id) }, newActors = b.actors.map(\.id)
        if oldActors != newActors {
            var before = map.actorNames(a.actors.map(\.id), in: map.old), after = map.actorNames(newActors, in: map.new)
            if before == after { before += " (\(a.actors.map(\.id).joined(separator: ", ")))"; after += " (\(newActors.joined(separator: ", ")))" }
            changes.append(Change("pelaksana", "Pelaksana", .changed, symbol: symbol, before: before, after: after))
        }
        if a.shape != b.shape {
            changes.append(Change("bentuk", "Bentuk simbol", .changed, symbol: symbol, before: Printed.shape(a.shape), after: Printed.shape(b.shape)))
        }
        scalar("teks", "Teks dalam simbol", a.text?.value, b.text?.value)
        changes += flow(a, b, map)
        changes += fields(a.fields, b.fields, symbol: symbol)
        scalar("antrian", "Antrian", a.queue?.desk, b.queue?.desk)
        if a.isEscalation != b.isEscalation {
            changes.append(Change("eskalasi", "Eskalasi", .changed, symbol: symbol, before: Printed.yesNo(a.isEscalation), after: Printed.yesNo(b.isEscalation)))
        }
        if a.isWaiting != b.isWaiting {
            changes.append(Change("menunggu", "Menunggu pihak luar", .changed, symbol: symbol, before: Printed.yesNo(a.isWaiting), after: Printed.yesNo(b.isWaiting)))
        }
        if a.lines.map({ map.step($0.id) }) != b.lines.map(\.id) {
            changes.append(Change("garis", "Garis (dilakukan bersama)", .changed, symbol: symbol,
                                  before: Printed.targets(a.lines), after: Printed.targets(b.lines)))
        }
        return changes
    }

    static func flow(_ a: Step, _ b: Step, _ map: Correspondence) -> [Change] {
        let symbol = b.id
        func same(_ x: [Reference], _ y: [Reference]) -> Bool { x.map { map.step($0.id) } == y.map(\.id) }
        switch (a.flow, b.flow) {
        case (.end, .end): return []
        case (.next(let x), .next(let y)):
            return same(x, y) ? [] : [Change("ke", "Alur (ke)", .changed, symbol: symbol, before: Printed.targets(x), after: Printed.targets(y))]
        case (.decision(let x), .decision(let y)):
            var changes: [Change] = []
            if let c = Scalar.change("keputusan.pertanyaan", "Pertanyaan keputusan", x.question?.value, y.question?.value, symbol: symbol) { changes.append(c) }
            // Exits by id; then what is left, in order, as the same exit relabelled.
            var pairs: [(Exit, Exit)] = [], leftOld: [Exit] = [], leftNew = y.exits
            for e in x.exits {
                if let i = leftNew.firstIndex(where: { $0.id == e.id }) { pairs.append((e, leftNew.remove(at: i))) } else { leftOld.append(e) }
            }
            while !leftOld.isEmpty, !leftNew.isEmpty { pairs.append((leftOld.removeFirst(), leftNew.removeFirst())) }
            for (e, f) in pairs {
                let item = f.name
                if let c = Scalar.change("cabang.label", "Label cabang", e.label?.value, f.label?.value, symbol: symbol, item: item) { changes.append(c) }
                if !same(e.targets, f.targets) {
                    changes.append(Change("cabang.ke", "Tujuan cabang \(item)", .changed, symbol: symbol, item: item,
                                          before: Printed.targets(e.targets), after: Printed.targets(f.targets)))
                }
                if let c = Scalar.change("cabang.jika", "Syarat cabang \(item) (jika)", e.condition.map(Printed.condition),
                                         f.condition.map(Printed.condition), symbol: symbol, item: item) { changes.append(c) }
            }
            // The order of the exits both have (the diamond's arrows are drawn in it).
            let partner = Dictionary(pairs.map { ($0.0.id, $0.1.id) }, uniquingKeysWith: { a, _ in a })
            let kept = x.exits.compactMap { partner[$0.id] }
            let now = y.exits.map(\.id).filter(kept.contains)
            if kept != now {
                func names(_ ids: [String]) -> String { ids.compactMap { id in y.exits.first { $0.id == id }?.name }.joined(separator: ", ") }
                changes.append(Change("cabang.urutan", "Urutan cabang", .moved, symbol: symbol, before: names(kept), after: names(now)))
            }
            changes += leftOld.map { Change("cabang", "Cabang keputusan", .removed, symbol: symbol, item: $0.name, before: Printed.exit($0)) }
            changes += leftNew.map { Change("cabang", "Cabang keputusan", .added, symbol: symbol, item: $0.name, after: Printed.exit($0)) }
            return changes
        default:
            return [Change("alur", "Alur", .changed, symbol: symbol, before: Printed.flow(a.flow), after: Printed.flow(b.flow))]
        }
    }

    static func fields(_ x: [FieldSpec], _ y: [FieldSpec], symbol: String) -> [Change] {
        var changes: [Change] = []
        for f in x where !y.contains(where: { $0.id == f.id }) {
            changes.append(Change("isian", "Isian", .removed, symbol: symbol, item: f.id, before: Printed.field(f)))
        }
        for g in y {
            guard let f = x.first(where: { $0.id == g.id }) else {
                changes.append(Change("isian", "Isian", .added, symbol: symbol, item: g.id, after: Printed.field(g)))
                continue
            }
            if let c = Scalar.change("isian.nama", "Nama isian \(g.id)", f.label.value, g.label.value, symbol: symbol, item: g.id) { changes.append(c) }
            if f.type != g.type {
                changes.append(Change("isian.tipe", "Tipe isian \(g.id)", .changed, symbol: symbol, item: g.id, before: f.type.rawValue, after: g.type.rawValue))
            }
            if f.isRequired != g.isRequired {
                changes.append(Change("isian.wajib", "Isian \(g.id) wajib", .changed, symbol: symbol, item: g.id,
                                      before: Printed.yesNo(f.isRequired), after: Printed.yesNo(g.isRequired)))
            }
            changes += ListDiff.changes("isian.pilihan", "Pilihan isian \(g.id)", f.options, g.options, symbol: symbol)
        }
        // The order in which both versions ask for the fields they share.
        let shared = Set(x.map(\.id)).intersection(y.map(\.id))
        let before = x.map(\.id).filter(shared.contains), after = y.map(\.id).filter(shared.contains)
        if before != after {
            changes.append(Change("isian.urutan", "Urutan isian", .moved, symbol: symbol,
                                  before: before.joined(separator: ", "), after: after.joined(separator: ", ")))
        }
        return changes
    }
}
