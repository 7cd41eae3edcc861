/// Reads `kantor.yaml`:
/// ```yaml
/// kantor:
///   - {id: kpu, nama: Komisi Pemilihan Umum, tingkat: pusat}
///   - {id: kpu_sumsel, nama: KPU Provinsi Sumatera Selatan, tingkat: provinsi, induk: kpu}
///   - id: kpu_muratara
///     nama: KPU Kabupaten Musi Rawas Utara
///     tingkat: kabupaten_kota
///     induk: kpu_sumsel
///     zona_waktu: WIB
///     libur: [{tanggal: 2024-04-20, nama: Hari Jadi Kabupaten, jenis: libur_kantor, dasar_hukum: "..."}]
///     loket: [loket-1, loket-2]
/// ```
public enum OfficeLoader {
    static let keys = ["id", "nama", "tingkat", "induk", "zona_waktu", "kalender", "libur", "loket"]

    public static func load(path: String) -> (OfficeDirectory?, [Diagnostic], SourceText) {
        var diagnostics = DiagnosticCollector()
        let (root, bytes) = YAMLDocument.load(path: path, diagnostics: &diagnostics)
        let source = SourceText(path: path, bytes: bytes)
        guard let root else { return (nil, diagnostics.diagnostics, source) }
        let context = DecodingContext(file: path)
        let directory = decode(root, path: path, context: context)
        diagnostics.append(contentsOf: context.diagnostics.diagnostics)
        return (diagnostics.hasErrors ? nil : directory, diagnostics.sorted, source)
    }

    static func decode(_ root: YAMLNode, path: String, context: DecodingContext) -> OfficeDirectory? {
        guard let map = MappingReader(root, subject: SubjectName.officeFile, allowed: ["kantor"], context: context) else { return nil }
        var seen: [String: SourceLocation] = [:]
        let offices: [Office] = (map.list("kantor", required: true) ?? []).compactMap { node in
            guard let m = MappingReader(node, subject: "kantor", allowed: keys, context: context),
                  let id = m.identifier("id"), let name = m.text("nama", required: true),
                  let levelText = m.text("tingkat", required: true),
                  IDRegistry.register(id, kind: "kantor", in: &seen, context: context) else { return nil }
            guard let level = OrgLevel(rawValue: levelText.value.lowercased()), level.rank != nil else {
                context.emit(.keyValue(.unknownLevel(levelText.value, levels: ["kabupaten_kota", "provinsi", "pusat"])), at: levelText.location)
                return nil
            }
            let zoneText = m.text("zona_waktu")
            let zone = zoneText.flatMap(CalendarZone.resolve)
            if let zoneText, zone == nil { context.emit(.keyValue(.rosterTimeZone(zoneText.value)), at: zoneText.location) }
            let daysOff = m.list("libur").map { DayOffDecoder.decode($0, context: context) } ?? []
            return Office(id: id.id, name: name, level: level, parent: m.identifier("induk", required: false), zone: zone,
                          calendarFile: m.text("kalender"), daysOff: daysOff,
                          desks: m.has("loket") ? m.identifierList("loket", required: false) : [], location: node.location)
        }
        let directory = OfficeDirectory(offices: offices, path: path)
        checkHierarchy(directory, context: context)
        return directory
    }

    /// Every parent exists and sits exactly one level up; one national office has none.
    private static func checkHierarchy(_ directory: OfficeDirectory, context: DecodingContext) {
        let ids = directory.offices.map(\.id)
        for office in directory.offices {
            guard let parent = office.parent else {
                if office.level != .pusat { context.emit(.roster(.officeWithoutParent(office.id, level: office.level.rawValue)), at: office.location) }
                continue
            }
            guard let above = directory.office(parent.id) else {
                context.emit(.roster(.unknownOffice(written: parent.id, offices: ids)), at: parent.location)
                continue
            }
            let expected: OrgLevel = office.level == .kabupatenKota ? .provinsi : .pusat
            if office.level == .pusat || above.level != expected {
                context.emit(.roster(.officeParentLevel(office.id, level: office.level.rawValue, parent: above.id,
                                                        parentLevel: above.level.rawValue)), at: parent.location)
            }
        }
    }

    /// Staff whose `kantor` is not an office of the directory (SOP703 against the roster file).
    public static func check(_ roster: Roster, against directory: OfficeDirectory) -> [Diagnostic] {
        let context = DecodingContext(file: roster.path)
        let ids = directory.offices.map(\.id)
        for member in roster.staff {
            guard let office = member.office else {
                context.emit(.roster(.staffWithoutOffice(member.nip)), at: member.location)
                continue
            }
            if directory.office(office.value) == nil {
                context.emit(.roster(.unknownOffice(written: office.value, offices: ids)), at: office.location)
            }
        }
        return context.diagnostics.sorted
    }
}
