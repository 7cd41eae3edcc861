/// Reads `libur`: the dated days off, each with its name, kind and legal basis.
///
///     - {tanggal: 2024-04-10, nama: "Hari Raya Idul Fitri 1445 Hijriah", jenis: libur_nasional,
///        dasar_hukum: "Keputusan Bersama ... Nomor 855 Tahun 2023 ...", catatan: "..."}
///
/// A day off without a legal basis is refused: a deadline moved by a day off must be explainable.
enum DayOffDecoder {
    static let keys = ["tanggal", "nama", "jenis", "dasar_hukum", "catatan"]

    static func decode(_ items: [YAMLNode], context: DecodingContext) -> [DayOff] {
        var days: [DayOff] = []
        var seen: [CalendarDate: SourceLocation] = [:]
        for (index, item) in items.enumerated() {
            guard let day = entry(item, number: index + 1, context: context) else { continue }
            if let first = seen[day.date] {
                context.emit(.calendar(.duplicateDayOff(day.date, firstLine: first.line)), at: day.location)
                continue
            }
            seen[day.date] = day.location
            days.append(day)
        }
        return days
    }

    private static func entry(_ node: YAMLNode, number: Int, context: DecodingContext) -> DayOff? {
        guard let map = MappingReader(node, subject: SubjectName.dayOff(number: number), allowed: keys, context: context) else { return nil }
        let dateNode = map.requireValue("tanggal")
        let date = dateNode.flatMap { ScalarReader.date($0, key: "tanggal", context: context) }
        let name = map.text("nama", required: true)
        let kind = map.requireValue("jenis").flatMap { kindOf($0, context: context) }
        let basis = map.text("dasar_hukum", required: true)
        let note = map.text("catatan")
        guard let date, let day = CalendarDate(year: date.year, month: date.month, day: date.day),
              let name, let kind, let basis else { return nil }
        return DayOff(date: day, name: name, kind: kind, legalBasis: basis, note: note, location: date.location)
    }

    private static func kindOf(_ node: YAMLNode, context: DecodingContext) -> DayOffKind? {
        guard let text = ScalarReader.text(node, key: "jenis", context: context) else { return nil }
        if let kind = DayOffKind(rawValue: text.value.lowercased()) { return kind }
        context.emit(.keyValue(.unknownDayOffKind(text.value, kinds: DayOffKind.allCases.map(\.rawValue))), at: text.location)
        return nil
    }
}
