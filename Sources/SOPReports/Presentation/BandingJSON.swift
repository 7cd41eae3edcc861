import Foundation
import SOPDSL
import SOPDiff
import SOPEngine

/// `sop banding --json`: the shape documented in docs/json/banding.schema.json.
extension BandingView {
    struct JSONView: Encodable {
        struct Tanggal: Encodable { let tertulis: String; let tanggal: String? }
        struct Pengesah: Encodable { let jabatan: String; let nama: String?; let nip: String? }
        struct Versi: Encodable {
            let berkas: String, nomor: String, nama: String
            let tanggalPembuatan: Tanggal?, tanggalRevisi: Tanggal?, tanggalEfektif: Tanggal?
            let disahkanOleh: Pengesah?
            let versi: String
        }
        struct Perubahan: Encodable {
            let aspek: String, judul: String, aksi: String
            let simbol: String?, butir: String?, sebelum: String?, sesudah: String?
        }
        struct Simbol: Encodable { let id: String, bentuk: String; let pelaksana: [String]; let teks: String? }
        struct Isi: Encodable {
            let kegiatan: String; let simbol: [Simbol]; let kelengkapan: [String]
            let waktu: String?, output: String?, keterangan: String?
        }
        struct Baris: Encodable {
            let status: String; let prosedur: String?; let nomorLama: Int?, nomorBaru: Int?
            let id: String, kegiatan: String; let isi: Isi?; let perubahan: [Perubahan]
        }
        struct Ganti: Encodable { let jenis: String, lama: String, baru: String; let kemiripanPersen: Int; let alasan: String }
        struct Ringkasan: Encodable {
            let identitas: Int, pelaksana: Int, prosedur: Int
            let barisDitambah: Int, barisDihapus: Int, barisDiubah: Int, barisBergeser: Int
            let kemungkinanIdDiganti: Int, lainnya: Int
        }
        let lama: Versi, baru: Versi
        let adaPerubahan: Bool
        let isiSama: Bool
        let ringkasan: Ringkasan
        let identitas: [Perubahan], pelaksana: [Perubahan], prosedur: [Perubahan]
        let baris: [Baris]
        let kemungkinanIdDiganti: [Ganti]
        let lainnya: [Perubahan]
    }

    static func version(_ sop: SOP, hash: String) -> JSONView.Versi {
        func date(_ d: IdentityDate?) -> JSONView.Tanggal? {
            guard let d, !d.printed.isEmpty else { return nil }
            return .init(tertulis: d.printed, tanggal: d.date?.iso)
        }
        let id = sop.identity
        return .init(berkas: sop.path, nomor: id.number.value, nama: id.name.value, tanggalPembuatan: date(id.createdOn),
                     tanggalRevisi: date(id.revisedOn), tanggalEfektif: date(id.effectiveOn),
                     disahkanOleh: id.approvedBy.map { .init(jabatan: $0.position.value, nama: $0.name?.value, nip: $0.nip?.value) },
                     versi: hash)
    }

    static func change(_ c: Change) -> JSONView.Perubahan {
        .init(aspek: c.aspect, judul: c.label, aksi: c.action.rawValue, simbol: c.symbol, butir: c.item, sebelum: c.before, sesudah: c.after)
    }

    public var json: String {
        let c = changes
        let rows = c.rows.map { e in
            JSONView.Baris(
                status: e.status.rawValue, prosedur: e.procedure.isEmpty ? nil : e.procedure, nomorLama: e.oldNumber, nomorBaru: e.newNumber,
                id: e.id, kegiatan: e.activity,
                isi: e.content.map { r in
                    .init(kegiatan: r.activity, simbol: r.symbols.map { .init(id: $0.id, bentuk: $0.shape, pelaksana: $0.actors, teks: $0.text) },
                          kelengkapan: r.requirements, waktu: r.time, output: r.output, keterangan: r.note)
                },
                perubahan: e.changes.map(Self.change))
        }
        let view = JSONView(
            lama: Self.version(c.old, hash: oldVersion), baru: Self.version(c.new, hash: newVersion),
            adaPerubahan: !c.isEmpty || !c.sameContent, isiSama: c.sameContent,
            ringkasan: .init(identitas: c.identity.count, pelaksana: c.actors.count, prosedur: c.procedures.count,
                             barisDitambah: c.rows(.added).count, barisDihapus: c.rows(.removed).count, barisDiubah: c.rows(.changed).count,
                             barisBergeser: c.rows(.shifted).count, kemungkinanIdDiganti: c.renames.count, lainnya: c.others.count),
            identitas: c.identity.map(Self.change), pelaksana: c.actors.map(Self.change), prosedur: c.procedures.map(Self.change),
            baris: rows,
            kemungkinanIdDiganti: c.renames.map { .init(jenis: $0.kind.rawValue, lama: $0.oldID, baru: $0.newID, kemiripanPersen: $0.similarity, alasan: $0.reason) },
            lainnya: c.others.map(Self.change))
        return JSONText.encode(view, zone: .wib)
    }
}
