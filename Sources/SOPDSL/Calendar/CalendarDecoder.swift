/// What one calendar file says, before the files it includes are merged in: every part is
/// optional here because an office calendar writes only what differs from the one it includes.
struct CalendarLayer {
    var name: Text?
    var zone: CalendarZone?
    var years: CoveredYears?
    var hours: [Weekday: DayHours] = [:]
    /// Where `jam_kerja` is written, for a calendar that opens on no weekday.
    var hoursLocation: SourceLocation?
    var daysOff: [DayOff] = []
    var policy: (value: WorkingDayPolicy, location: SourceLocation)?
    /// `hari`: what a bare "hari" in an SOP counts at this office.
    var dayReading: DayReading?
    var sources: [Text] = []
    /// `sertakan`, as written (relative to this file).
    var include: Text?
    var files: [String] = []
    var location: SourceLocation
}

/// The model stage for one calendar file: a located node tree in, a `CalendarLayer` out.
enum CalendarDecoder {
    static let rootKeys = ["nama", "zona_waktu", "tahun", "jam_kerja", "libur", "hari_kerja_berakhir", "hari", "sertakan", "sumber"]
    /// Years outside this are typos, not calendars.
    static let plausibleYears = 1900...2200

    static func decode(_ root: YAMLNode, file: String) -> (CalendarLayer?, [Diagnostic]) {
        let context = DecodingContext(file: file)
        guard let map = MappingReader(root, subject: "berkas kalender", allowed: rootKeys, context: context) else {
            return (nil, context.diagnostics.diagnostics)
        }
        var layer = CalendarLayer(location: root.location)
        layer.files = [file]
        layer.name = map.text("nama", required: true)
        layer.zone = map.value("zona_waktu").flatMap { zone($0, context: context) }
        layer.years = map.value("tahun").flatMap { years($0, context: context) }
        if let node = map.value("jam_kerja") {
            layer.hours = OfficeHoursDecoder.decode(node, context: context)
            layer.hoursLocation = map.keyLocation("jam_kerja")
        }
        layer.daysOff = DayOffDecoder.decode(map.list("libur") ?? [], context: context)
        layer.policy = map.value("hari_kerja_berakhir").flatMap { policy($0, context: context) }
        layer.dayReading = map.text("hari").flatMap { dayReading($0, context: context) }
        layer.sources = map.textList("sumber")
        layer.include = map.text("sertakan")
        return (layer, context.diagnostics.diagnostics)
    }

    /// `hari: kerja` or `hari: kalender`.
    static func dayReading(_ text: Text, context: DecodingContext) -> DayReading? {
        if let reading = DayReading(rawValue: text.value.lowercased()) { return reading }
        context.emit(.invalidValue, "'hari' harus 'kerja' atau 'kalender', bukan '\(text.value)'", at: text.location,
                     notes: EditDistance.didYouMean(text.value.lowercased(), among: ["kerja", "kalender"])
                        + ["menentukan arti 'N hari' tanpa keterangan pada SOP yang memakai kalender ini"])
        return nil
    }

    static func zone(_ node: YAMLNode, context: DecodingContext) -> CalendarZone? {
        guard let text = ScalarReader.text(node, key: "zona_waktu", context: context) else { return nil }
        if let zone = CalendarZone(written: text.value, location: text.location) { return zone }
        let names = CalendarZone.known.flatMap { [$0.identifier, $0.abbreviation] }
        var notes = EditDistance.didYouMean(text.value, among: names)
        notes.append("zona yang diterima: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)")
        context.emit(.unknownTimeZone, "zona waktu '\(text.value)' tidak dikenal", at: text.location, notes: notes)
        return nil
    }

    /// `tahun: [2024, 2025, 2026]` or `tahun: 2025`: consecutive years, each written once.
    static func years(_ node: YAMLNode, context: DecodingContext) -> CoveredYears? {
        let items = node.items ?? [node]
        var years: [Int] = []
        for item in items {
            guard let text = ScalarReader.text(item, key: "tahun", context: context) else { return nil }
            guard let year = Int(text.value), plausibleYears.contains(year), text.value.count == 4 else {
                context.emit(.badCalendarYears, "tahun '\(text.value)' tidak sah", at: text.location,
                             notes: ["tulis tahun empat angka, misalnya tahun: [2024, 2025, 2026]"])
                return nil
            }
            guard !years.contains(year) else {
                context.emit(.badCalendarYears, "tahun \(year) ditulis dua kali", at: text.location)
                return nil
            }
            years.append(year)
        }
        guard let low = years.min(), let high = years.max() else {
            context.emit(.emptyValue, "'tahun' tidak boleh kosong", at: node.location)
            return nil
        }
        guard high - low + 1 == years.count else {
            let missing = (low...high).filter { !years.contains($0) }.map(String.init).joined(separator: ", ")
            context.emit(.badCalendarYears, "tahun kalender harus berurutan tanpa celah; tidak ada tahun \(missing)",
                         at: node.location, notes: ["tanggal di luar tahun kalender tidak dapat dihitung, jadi celah tidak diizinkan"])
            return nil
        }
        return CoveredYears(low...high, location: node.location)
    }

    static func policy(_ node: YAMLNode, context: DecodingContext) -> (value: WorkingDayPolicy, location: SourceLocation)? {
        guard let text = ScalarReader.text(node, key: "hari_kerja_berakhir", context: context) else { return nil }
        if let policy = WorkingDayPolicy(rawValue: text.value) { return (policy, text.location) }
        let names = WorkingDayPolicy.allCases.map(\.rawValue)
        context.emit(.invalidValue, "'hari_kerja_berakhir' harus tutup_hari atau jam_sama, bukan '\(text.value)'",
                     at: text.location, notes: EditDistance.didYouMean(text.value, among: names))
        return nil
    }
}
