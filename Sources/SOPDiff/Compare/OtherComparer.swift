import SOPDSL

/// What the SOP holds outside the identity page and the tables: channels (`kanal`), recurring
/// duties (`tugas_berkala`), what a bare "hari" counts (`hari`), the printed layout
/// (`tampilan`) and acknowledged warnings (`abaikan`).
enum OtherComparer {
    static func compare(_ map: Correspondence) -> [Change] {
        channels(map.old, map.new) + duties(map) + day(map.old, map.new) + layout(map.old.layout, map.new.layout)
            + ListDiff.changes("abaikan", "Peringatan yang diabaikan", map.old.acknowledged.map(acknowledged), map.new.acknowledged.map(acknowledged))
    }

    static func acknowledged(_ a: Acknowledgement) -> String { "\(a.code): \(a.reason.value)" }

    static func channels(_ old: SOP, _ new: SOP) -> [Change] {
        var changes: [Change] = []
        for c in old.channels where !new.channels.contains(where: { $0.id == c.id }) {
            changes.append(Change("kanal", "Kanal layanan", .removed, item: c.id, before: c.label.value))
        }
        for d in new.channels {
            guard let c = old.channels.first(where: { $0.id == d.id }) else {
                changes.append(Change("kanal", "Kanal layanan", .added, item: d.id, after: d.label.value)); continue
            }
            if let x = Scalar.change("kanal.nama", "Nama kanal \(d.id)", c.label.value, d.label.value, item: d.id) { changes.append(x) }
        }
        return changes
    }

    static func duties(_ map: Correspondence) -> [Change] {
        let old = map.old, new = map.new
        func describe(_ d: RecurringDuty, in sop: SOP) -> String {
            "\(Printed.short(d.activity.value)) (\(map.actorNames(d.actors.map(\.id), in: sop)); \(Printed.schedule(d.schedule)))"
        }
        var changes: [Change] = []
        for d in old.recurringDuties where !new.recurringDuties.contains(where: { $0.id == d.id }) {
            changes.append(Change("tugas_berkala", "Tugas berkala", .removed, item: d.id, before: describe(d, in: old)))
        }
        for e in new.recurringDuties {
            guard let d = old.recurringDuties.first(where: { $0.id == e.id }) else {
                changes.append(Change("tugas_berkala", "Tugas berkala", .added, item: e.id, after: describe(e, in: new))); continue
            }
            func scalar(_ aspect: String, _ label: String, _ x: String?, _ y: String?) {
                if let c = Scalar.change(aspect, label, x, y, item: e.id) { changes.append(c) }
            }
            scalar("tugas_berkala.kegiatan", "Kegiatan tugas berkala \(e.id)", d.activity.value, e.activity.value)
            if d.actors.map({ map.actor($0.id) }) != e.actors.map(\.id) {
                changes.append(Change("tugas_berkala.pelaksana", "Pelaksana tugas berkala \(e.id)", .changed, item: e.id,
                                      before: map.actorNames(d.actors.map(\.id), in: old), after: map.actorNames(e.actors.map(\.id), in: new)))
            }
            scalar("tugas_berkala.jadwal", "Jadwal tugas berkala \(e.id)", Printed.schedule(d.schedule), Printed.schedule(e.schedule))
            scalar("tugas_berkala.output", "Output tugas berkala \(e.id)", d.output?.value, e.output?.value)
        }
        return changes
    }

    static func day(_ old: SOP, _ new: SOP) -> [Change] {
        func printed(_ d: DayReading?) -> String? {
            switch d {
            case .working: "hari kerja"
            case .calendar: "hari kalender"
            case nil: nil
            }
        }
        return Scalar.change("hari", "Arti \"hari\" pada waktu", printed(old.dayReading), printed(new.dayReading)).map { [$0] } ?? []
    }

    static func layout(_ a: Layout, _ b: Layout) -> [Change] {
        var changes: [Change] = []
        func scalar(_ key: String, _ label: String, _ x: String?, _ y: String?) {
            if let c = Scalar.change("tampilan.\(key)", label, x, y) { changes.append(c) }
        }
        let ha = a.headings, hb = b.headings
        for (key, x, y) in [("no", ha.number, hb.number), ("kegiatan", ha.activity, hb.activity), ("mutu_baku", ha.qualityStandard, hb.qualityStandard),
                            ("kelengkapan", ha.requirements, hb.requirements), ("waktu", ha.time, hb.time), ("output", ha.output, hb.output),
                            ("keterangan", ha.note, hb.note)] {
            scalar("judul_kolom.\(key)", "Judul kolom \(key)", x, y)
        }
        if ha.actors != hb.actors {
            changes.append(Change("tampilan.judul_kolom.pelaksana", "Judul kolom pelaksana", .changed,
                                  before: ha.actors.map { "\"\($0)\"" } ?? "tanpa sel judul", after: hb.actors.map { "\"\($0)\"" } ?? "tanpa sel judul"))
        }
        scalar("mutu_baku", "Kolom Mutu Baku", a.qualityColumns.map(\.rawValue).joined(separator: ", "), b.qualityColumns.map(\.rawValue).joined(separator: ", "))
        scalar("nomor_kolom", "Nomor kolom", Printed.yesNo(a.numberedColumns), Printed.yesNo(b.numberedColumns))
        scalar("nomor_kolom_keterangan", "Nomor kolom keterangan", Printed.yesNo(a.numberNoteColumn), Printed.yesNo(b.numberNoteColumn))
        scalar("ulangi_judul", "Judul tabel diulang tiap halaman", Printed.yesNo(a.repeatHeader), Printed.yesNo(b.repeatHeader))
        scalar("penghubung_halaman", "Teks penghubung halaman", a.offPageLabels.rawValue, b.offPageLabels.rawValue)
        for key in Set(a.identityHeadings.keys).union(b.identityHeadings.keys).sorted() {
            scalar("judul_identitas.\(key)", "Judul identitas \(key)", a.identityHeadings[key], b.identityHeadings[key])
        }
        return changes
    }
}
