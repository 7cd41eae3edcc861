/// What happened to one thing between two versions of an SOP.
public enum ChangeAction: String, Hashable, Sendable, Codable, CaseIterable {
    case added = "ditambah"
    case removed = "dihapus"
    case changed = "diubah"
    /// Put elsewhere: a symbol into another row, a row or list item to another place in the order.
    case moved = "dipindah"
    /// A row's number changed only because rows before it were added or removed.
    case shifted = "bergeser"
    /// An id that disappeared and an id that appeared for nearly the same content: by id they are
    /// two different things, so this is said, never matched silently.
    case probableRename = "kemungkinan_id_diganti"

    /// The words printed after the thing's name: "Waktu diubah", "Kelengkapan ditambahkan".
    public var printed: String {
        switch self {
        case .added: "ditambahkan"
        case .removed: "dihapus"
        case .changed: "diubah"
        case .moved: "dipindahkan"
        case .shifted: "bergeser"
        case .probableRename: "kemungkinan id diganti"
        }
    }
}

/// One difference, in the printed form's terms: which part of the document (`aspect`, the YAML key
/// authors write, and `label`, the heading the document prints), what happened, and the printed
/// value before and after.
public struct Change: Hashable, Sendable, Codable {
    /// The YAML key, dotted for a part of it: `waktu`, `kelengkapan`, `cabang.jika`, `isian.tipe`,
    /// `disahkan_oleh.nama`; plus `baris`, `simbol`, `nomor_baris`, `id` for the table itself.
    public var aspect: String
    /// The heading as this document prints it ("Waktu", "Peralatan/Perlengkapan").
    public var label: String
    public var action: ChangeAction
    /// The symbol (step id, in the new version when it has one) a symbol-level change belongs to.
    public var symbol: String?
    /// Which item of a list: a kelengkapan item, an exit, a field, an actor id.
    public var item: String?
    /// The printed value in the old version; nil when it had none (added).
    public var before: String?
    /// The printed value in the new version; nil when it has none (removed).
    public var after: String?

    public init(_ aspect: String, _ label: String, _ action: ChangeAction, symbol: String? = nil, item: String? = nil,
                before: String? = nil, after: String? = nil) {
        self.aspect = aspect; self.label = label; self.action = action; self.symbol = symbol; self.item = item
        self.before = before; self.after = after
    }
}
