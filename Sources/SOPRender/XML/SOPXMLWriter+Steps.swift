import SOPDSL

/// Tables, their rows (with the mutu baku) and symbols (with their flow and case fields), and
/// recurring duties.
extension SOPXMLWriter {
    func table(_ procedure: Procedure) throws {
        try out.start("tabel")
        if !procedure.id.isEmpty { try out.attribute("id", procedure.id) }
        if let title = procedure.title { try element("judul", title.value) }
        for lane in procedure.lanes {
            try out.start("lajur")
            try out.attribute("ref", lane)
            try out.end()
        }
        for r in procedure.rows { try row(sop.rows[r], index: r) }
        try out.end()
    }

    func row(_ row: TableRow, index: Int) throws {
        try out.start("baris")
        try out.attribute("id", row.id)
        try out.attribute("no", "\(row.number)")
        if row.pageBreakBefore { try out.attribute("halaman_baru", "ya") }
        if row.together != .all { try out.attribute("bersama", row.together.rawValue) }
        try element("kegiatan", row.activity.value)
        try qualityStandard(row)
        if let note = row.note { try element("keterangan", note.value) }
        for step in sop.steps(ofRow: index) { try symbol(step) }
        try out.end()
    }

    func symbol(_ step: Step) throws {
        try out.start("simbol")
        try out.attribute("id", step.id)
        try out.attribute("bentuk", step.shape.rawValue)
        try out.attribute("aktivitas", yesNo(step.isActivity))
        if step.isEscalation { try out.attribute("eskalasi", "ya") }
        if step.isWaiting { try out.attribute("menunggu", "ya") }
        for ref in step.actors {
            try out.start("pelaksana")
            try out.attribute("ref", ref.id)
            try out.end()
        }
        if let text = step.text { try element("teks", text.value) }
        if !step.fields.isEmpty { try list("isian", step.fields, field) }
        if let queue = step.queue {
            try out.start("antrian")
            try out.attribute("meja", queue.desk)
            try out.end()
        }
        try flow(step.flow)
        for ref in step.lines {
            try out.start("garis")
            try out.attribute("ref", ref.id)
            try out.end()
        }
        try out.end()
    }

    /// Mutu baku: kelengkapan, waktu (as printed and as parsed), output.
    func qualityStandard(_ row: TableRow) throws {
        try out.start("mutu_baku")
        try out.start("kelengkapan")
        for requirement in row.requirements {
            try out.start("butir")
            try out.attribute("wajib", yesNo(requirement.isRequired))
            try out.text(requirement.name.value)
            try out.end()
        }
        try out.end()
        if let time = row.time { try self.time(time, through: row.timeSpanEnd.map { sop.rowID(containing: $0.id) }) }
        if let output = row.output { try element("output", output.value) }
        try out.end()
    }

    func time(_ time: TimeStandard, through end: String?) throws {
        try out.start("waktu")
        if let end { try out.attribute("sampai", end) }
        try element("tertulis", time.written)
        switch time.rule {
        case .limit(let lower, let upper):
            try out.start("batas")
            if let lower { try span("bawah", lower) }
            try span("atas", upper)
            try out.end()
        case .none:
            try out.start("tanpa_batas")
            try out.end()
        case .freeText:
            try out.start("teks_bebas")
            try out.end()
        }
        try out.end()
    }

    func span(_ name: String, _ span: TimeSpan) throws {
        let (amount, unit): (Int, String)
        switch span {
        case .officeMinutes(let m): (amount, unit) = (m, "menit_kantor")
        case .wallMinutes(let m): (amount, unit) = (m, "menit_jam_dinding")
        case .calendarDays(let d): (amount, unit) = (d, "hari_kalender")
        case .workingDays(let d): (amount, unit) = (d, "hari_kerja")
        case .days(let d): (amount, unit) = (d, "hari")
        }
        try out.start(name)
        try out.attribute("jumlah", "\(amount)")
        try out.attribute("satuan", unit)
        try out.end()
    }

    func field(_ field: FieldSpec) throws {
        try out.start("isi")
        try out.attribute("id", field.id)
        try out.attribute("tipe", field.type.rawValue)
        try out.attribute("wajib", yesNo(field.isRequired))
        try element("nama", field.label.value)
        for option in field.options { try element("pilihan", option) }
        try out.end()
    }

    func flow(_ flow: Flow) throws {
        try out.start("alur")
        switch flow {
        case .next(let refs) where refs.isEmpty:
            // A member of a garis group: the group flows on from another member.
            try out.start("bersama")
            try out.end()
        case .next(let refs):
            try out.start("lanjut")
            for ref in refs { try target(ref) }
            try out.end()
        case .end:
            try out.start("selesai")
            try out.end()
        case .decision(let decision):
            try out.start("keputusan")
            if let question = decision.question { try element("pertanyaan", question.value) }
            for exit in decision.exits {
                try out.start("cabang")
                try out.attribute("id", exit.id)
                if let label = exit.label { try out.attribute("label", label.value) }
                for ref in exit.targets { try target(ref) }
                if let condition = exit.condition { try element("jika", condition.source.value) }
                try out.end()
            }
            try out.end()
        }
        try out.end()
    }

    func target(_ ref: Reference) throws {
        try out.start("ke")
        try out.attribute("ref", ref.id)
        try out.end()
    }

    func duty(_ duty: RecurringDuty) throws {
        try out.start("tugas_berkala")
        try out.attribute("id", duty.id)
        try element("kegiatan", duty.activity.value)
        for ref in duty.actors {
            try out.start("pelaksana")
            try out.attribute("ref", ref.id)
            try out.end()
        }
        try out.start("jadwal")
        switch duty.schedule {
        case .every(let minutes):
            try out.start("setiap")
            try out.attribute("menit", "\(minutes)")
            try out.end()
        case .at(let times):
            for t in times { try element("pukul", Self.clock(t)) }
        }
        try out.end()
        if let output = duty.output { try element("output", output.value) }
        try out.end()
    }

    /// Minutes after midnight as "08.00", the way the YAML and the seeds write it.
    static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0\(h)" : "\(h)") + "." + (m < 10 ? "0\(m)" : "\(m)")
    }
}
