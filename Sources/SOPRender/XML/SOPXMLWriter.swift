import SOPDSL

/// Writes an SOP in the vocabulary of `docs/xml-format.md` (namespace `XMLRenderer.namespace`),
/// element by element, in the order `schema/sop.xsd` requires.
struct SOPXMLWriter {
    let out: XMLTextWriter
    let sop: SOP

    func write() throws {
        try out.startDocument()
        try out.start("sop")
        try out.attribute("xmlns", XMLRenderer.namespace)
        try out.attribute("versi", "2")
        try out.attribute("sumber", sop.path)
        try identity(sop.identity)
        try list("daftar_pelaksana", sop.actors, actor)
        if !sop.channels.isEmpty { try list("daftar_kanal", sop.channels, channel) }
        for procedure in sop.procedures { try table(procedure) }
        if !sop.recurringDuties.isEmpty { try list("daftar_tugas_berkala", sop.recurringDuties, duty) }
        try out.end()
        try out.endDocument()
    }

    // MARK: Identity

    func identity(_ id: Identity) throws {
        try out.start("identitas")
        try element("instansi", id.agency.value)
        if let unit = id.unit { try element("unit", unit.value) }
        if !id.letterhead.isEmpty { try items("kop", id.letterhead) }
        if let logo = id.logo { try element("logo", logo.value) }
        try element("nomor", id.number.value)
        try element("nama", id.name.value)
        try date("tanggal_pembuatan", id.createdOn)
        try date("tanggal_revisi", id.revisedOn)
        if let effective = id.effectiveOn {
            try out.start("tanggal_efektif")
            if let day = effective.date { try out.attribute("iso", day.iso) }
            try out.attribute("label", id.effectiveLabel.printed)
            try out.text(effective.printed)
            try out.end()
        }
        if let approver = id.approvedBy {
            try out.start("disahkan_oleh")
            try element("jabatan", approver.position.value)
            if let name = approver.name { try element("nama", name.value) }
            if let nip = approver.nip { try element("nip", nip.value) }
            try out.end()
        }
        try items("dasar_hukum", id.legalBasis)
        try items("kualifikasi_pelaksana", id.qualifications)
        try out.start("keterkaitan")
        for related in id.relatedSOPs {
            try out.start("sop_terkait")
            if let file = related.file { try out.attribute("berkas", file.value) }
            try out.text(related.title.value)
            try out.end()
        }
        try out.end()
        try items("peralatan", id.equipment)
        try items("peringatan", id.warnings)
        try items("pencatatan", id.records)
        try out.end()
    }

    func date(_ name: String, _ date: IdentityDate?) throws {
        guard let date else { return }
        try out.start(name)
        if let day = date.date { try out.attribute("iso", day.iso) }
        try out.text(date.printed)
        try out.end()
    }

    // MARK: Actors and channels

    func actor(_ actor: Actor) throws {
        try out.start("pelaksana")
        try out.attribute("id", actor.id)
        if let level = actor.level { try out.attribute("tingkat", level.rawValue) }
        try out.attribute("kolom", yesNo(actor.hasColumn))
        try element("nama", actor.label.value)
        if !actor.duties.isEmpty { try items("tugas", actor.duties) }
        try out.end()
    }

    func channel(_ channel: Channel) throws {
        try out.start("kanal")
        try out.attribute("id", channel.id)
        try out.text(channel.label.value)
        try out.end()
    }

    // MARK: Helpers

    func element(_ name: String, _ text: String) throws {
        try out.start(name)
        try out.text(text)
        try out.end()
    }

    func items(_ name: String, _ texts: [Text]) throws {
        try out.start(name)
        for text in texts { try element("butir", text.value) }
        try out.end()
    }

    func list<T>(_ name: String, _ values: [T], _ write: (T) throws -> Void) throws {
        try out.start(name)
        for value in values { try write(value) }
        try out.end()
    }

    func yesNo(_ value: Bool) -> String { value ? "ya" : "tidak" }
}
