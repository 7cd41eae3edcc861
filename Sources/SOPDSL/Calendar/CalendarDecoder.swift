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
        guard let map = MappingReader(root, subject: SubjectName.calendarFile, allowed: rootKeys, context: context) else {
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
        context.emit(.keyValue(.dayReading(text.value, inCalendar: true)), at: text.location)
        return nil
    }

    static func zone(_ node: YAMLNode, context: DecodingContext) -> CalendarZone? {
        guard let text = ScalarReader.text(node, key: "zona_waktu", context: context) else { return nil }
        if let zone = CalendarZone(written: text.value, location: text.location) { return zone }
        let names = CalendarZone.known.flatMap { [$0.identifier, $0.abbreviation] }
        context.emit(.calendar(.unknownTimeZone(text.value, known: names)), at: text.location)
        return nil
    }

    /// `tahun: [2024, 2025, 2026]` or `tahun: 2025`: consecutive years, each written once.
    static func years(_ node: YAMLNode, context: DecodingContext) -> CoveredYears? {
        let items = node.items ?? [node]
        var years: [Int] = []
        for item in items {
            guard let text = ScalarReader.text(item, key: "tahun", context: context) else { return nil }
            guard let year = Int(text.value), plausibleYears.contains(year), text.value.count == 4 else {
                context.emit(.calendar(.invalidYear(text.value)), at: text.location)
                return nil
            }
            guard !years.contains(year) else {
                context.emit(.calendar(.duplicateYear(year)), at: text.location)
                return nil
            }
            years.append(year)
        }
        guard let low = years.min(), let high = years.max() else {
            context.emit(.keyValue(.empty("tahun")), at: node.location)
            return nil
        }
        guard high - low + 1 == years.count else {
            context.emit(.calendar(.yearGap(missing: (low...high).filter { !years.contains($0) })), at: node.location)
            return nil
        }
        return CoveredYears(low...high, location: node.location)
    }

    static func policy(_ node: YAMLNode, context: DecodingContext) -> (value: WorkingDayPolicy, location: SourceLocation)? {
        guard let text = ScalarReader.text(node, key: "hari_kerja_berakhir", context: context) else { return nil }
        if let policy = WorkingDayPolicy(rawValue: text.value) { return (policy, text.location) }
        context.emit(.keyValue(.workingDayPolicy(text.value, policies: WorkingDayPolicy.allCases.map(\.rawValue))), at: text.location)
        return nil
    }
}
