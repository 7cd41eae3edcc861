import SOPDSL

/// The identity page, field by field, labelled as the new version prints them.
enum IdentityComparer {
    static func compare(_ old: SOP, _ new: SOP) -> [Change] {
        let a = old.identity, b = new.identity
        let layout = new.layout
        func label(_ key: String) -> String {
            layout.identityHeading(key, default: Layout.identityDefaults.first { $0.key == key }?.label ?? key)
        }
        var changes: [Change] = []
        func scalar(_ key: String, _ label: String, _ x: String?, _ y: String?) {
            if let c = Scalar.change(key, label, x, y) { changes.append(c) }
        }
        func list(_ key: String, _ x: [String], _ y: [String], label printed: String? = nil) {
            changes += ListDiff.changes(key, printed ?? label(key), x, y)
        }
        scalar("instansi", "Instansi", a.agency.value, b.agency.value)
        scalar("unit", "Unit Kerja", a.unit?.value, b.unit?.value)
        list("kop", a.letterhead.map(\.value), b.letterhead.map(\.value), label: "Kop")
        scalar("logo", "Logo", a.logo?.value, b.logo?.value)
        scalar("nomor", label("nomor"), a.number.value, b.number.value)
        scalar("tanggal_pembuatan", label("tanggal_pembuatan"), Printed.date(a.createdOn), Printed.date(b.createdOn))
        scalar("tanggal_revisi", label("tanggal_revisi"), Printed.date(a.revisedOn), Printed.date(b.revisedOn))
        let effectiveKey = b.effectiveLabel == .pengesahan ? "tanggal_pengesahan" : "tanggal_efektif"
        let effectiveLabel = layout.identityHeading("tanggal_efektif", default: b.effectiveLabel.printed)
        if a.effectiveLabel != b.effectiveLabel {
            changes.append(Change(effectiveKey, "Judul tanggal efektif", .changed, before: a.effectiveLabel.printed, after: b.effectiveLabel.printed))
        }
        scalar(effectiveKey, effectiveLabel, Printed.date(a.effectiveOn), Printed.date(b.effectiveOn))
        let signer = label("disahkan_oleh")
        scalar("disahkan_oleh.jabatan", "\(signer) (jabatan)", a.approvedBy?.position.value, b.approvedBy?.position.value)
        scalar("disahkan_oleh.nama", "\(signer) (nama)", a.approvedBy?.name?.value, b.approvedBy?.name?.value)
        scalar("disahkan_oleh.nip", "\(signer) (NIP)", a.approvedBy?.nip?.value, b.approvedBy?.nip?.value)
        scalar("nama", label("nama"), a.name.value, b.name.value)
        list("dasar_hukum", a.legalBasis.map(\.value), b.legalBasis.map(\.value))
        list("kualifikasi_pelaksana", a.qualifications.map(\.value), b.qualifications.map(\.value))
        list("keterkaitan", a.relatedSOPs.map(Printed.related), b.relatedSOPs.map(Printed.related))
        list("peralatan", a.equipment.map(\.value), b.equipment.map(\.value))
        list("peringatan", a.warnings.map(\.value), b.warnings.map(\.value))
        list("pencatatan", a.records.map(\.value), b.records.map(\.value))
        return changes
    }
}
