import Foundation

/// Reads a roster YAML:
/// ```yaml
/// kantor: KPU Kabupaten Musi Rawas Utara
/// zona_waktu: Asia/Jakarta
/// staf:
///   - {nip: "198501012010011001", nama: Rina Wulandari, jabatan: Pelaksana, peran: [helpdesk_kab]}
/// delegasi:
///   - {jenis: Plh, pengganti: "1985...", untuk: "1970...", mulai: 2024-04-01, sampai: 2024-04-05, dasar: "..."}
/// ```
public enum RosterLoader {
    public static func load(path: String) -> (Roster?, [Diagnostic], SourceText) {
        var diagnostics = DiagnosticCollector()
        let (root, bytes) = YAMLDocument.load(path: path, diagnostics: &diagnostics)
        let source = SourceText(path: path, bytes: bytes)
        guard let root else { return (nil, diagnostics.diagnostics, source) }
        let context = DecodingContext(file: path)
        let roster = decode(root, path: path, context: context)
        diagnostics.append(contentsOf: context.diagnostics.diagnostics)
        return (diagnostics.hasErrors ? nil : roster, diagnostics.sorted, source)
    }

    static func decode(_ root: YAMLNode, path: String, context: DecodingContext) -> Roster? {
        guard let map = MappingReader(root, subject: SubjectName.roster, allowed: ["kantor", "zona_waktu", "kalender_tingkat", "staf", "delegasi"], context: context)
        else { return nil }
        let zone = map.text("zona_waktu")
        // WIB/WITA/WIT as the calendar takes them; any other zone of Indonesia by its offset.
        let resolved = zone.flatMap(CalendarZone.resolve)
        if let zone, resolved == nil {
            context.emit(.keyValue(.rosterTimeZone(zone.value)), at: zone.location)
        }
        var seen: [String: SourceLocation] = [:]
        let staff: [StaffMember] = (map.list("staf", required: true) ?? []).compactMap { node in
            guard let m = MappingReader(node, subject: "staf", allowed: ["nip", "nama", "jabatan", "kantor", "peran", "sandi"], context: context),
                  let nip = m.text("nip", required: true), let name = m.text("nama", required: true),
                  let position = m.text("jabatan", required: true) else { return nil }
            let normalized = nip.value.filter { !$0.isWhitespace }
            guard IDRegistry.register(Reference(normalized, at: nip.location), kind: "NIP", in: &seen, context: context) else { return nil }
            return StaffMember(nip: normalized, name: name, position: position, office: m.text("kantor"),
                               roles: m.identifierList("peran", required: false), passwordHash: m.text("sandi"), location: node.location)
        }
        let delegations = (map.list("delegasi") ?? []).compactMap { delegation($0, staff: staff, context: context) }
        var roster = Roster(office: map.text("kantor"), timeZone: resolved?.identifier ?? "Asia/Jakarta", staff: staff,
                            delegations: delegations, path: path)
        roster.declaredZone = resolved == nil ? nil : zone
        roster.levelCalendars = levelCalendars(map.value("kalender_tingkat"), context: context)
        return roster
    }

    /// `kalender_tingkat: {provinsi: {zona_waktu: WITA}, pusat: {kalender: pusat.yaml}}`.
    private static func levelCalendars(_ node: YAMLNode?, context: DecodingContext) -> [OrgLevel: LevelCalendar] {
        let levels: [OrgLevel] = [.kabupatenKota, .provinsi, .pusat]
        guard let node, let map = MappingReader(node, subject: "kalender_tingkat", allowed: levels.map(\.rawValue), context: context) else { return [:] }
        var out: [OrgLevel: LevelCalendar] = [:]
        for level in levels {
            guard let entry = map.value(level.rawValue),
                  let m = MappingReader(entry, subject: "kalender_tingkat.\(level.rawValue)", allowed: ["kalender", "zona_waktu"], context: context)
            else { continue }
            let file = m.text("kalender")
            let zoneText = m.text("zona_waktu")
            let zone = zoneText.flatMap(CalendarZone.resolve)
            if let zoneText, zone == nil { context.emit(.keyValue(.rosterTimeZone(zoneText.value)), at: zoneText.location) }
            // One of the two says which clock the level runs on.
            if file == nil, zoneText == nil { _ = m.text("kalender", required: true); continue }
            out[level] = LevelCalendar(file: file, zone: zone, location: entry.location)
        }
        return out
    }

    private static func delegation(_ node: YAMLNode, staff: [StaffMember], context: DecodingContext) -> Delegation? {
        guard let m = MappingReader(node, subject: "delegasi", allowed: ["jenis", "pengganti", "untuk", "peran", "mulai", "sampai", "dasar"], context: context),
              let kindText = m.text("jenis", required: true), let standIn = m.text("pengganti", required: true),
              let replaced = m.text("untuk", required: true), let from = m.value("mulai") ?? m.requireValue("mulai"),
              let until = m.value("sampai") ?? m.requireValue("sampai") else { return nil }
        let kindWord = kindText.value.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard let kind: Delegation.Kind = kindWord == "plh" ? .plh : kindWord == "plt" ? .plt : nil else {
            context.emit(.keyValue(.delegationKind(kindText.value)), at: kindText.location)
            return nil
        }
        let nips = staff.map(\.nip)
        func person(_ text: Text) -> Reference? {
            let nip = text.value.filter { !$0.isWhitespace }
            if nips.contains(nip) { return Reference(nip, at: text.location) }
            context.emit(.roster(.unknownStaff(written: text.value, normalized: nip, staff: nips)), at: text.location)
            return nil
        }
        guard let standInRef = person(standIn), let replacedRef = person(replaced),
              let start = localDateTime(from, context), let end = localDateTime(until, context) else { return nil }
        if (end.year, end.month, end.day, end.hour ?? 24, end.minute ?? 0) < (start.year, start.month, start.day, start.hour ?? 0, start.minute ?? 0) {
            context.emit(.roster(.delegationEndsBeforeStart), at: until.location)
            return nil
        }
        let roles = m.has("peran") ? m.identifierList("peran", required: false) : nil
        return Delegation(kind: kind, standIn: standInRef, replaced: replacedRef, roles: roles, from: start, until: end,
                          basis: m.text("dasar"), location: node.location)
    }

    /// "2024-04-01" or "2024-04-01 08:00".
    static func localDateTime(_ node: YAMLNode, _ context: DecodingContext) -> LocalDateTime? {
        guard let text = ScalarReader.text(node, key: "tanggal", context: context) else { return nil }
        let parts = text.value.split(separator: " ", maxSplits: 1)
        guard let date = ScalarReader.parseDate(String(parts[0]), at: text.location) else {
            context.emit(.keyValue(.invalidDateTime(text.value)), at: text.location)
            return nil
        }
        var value = LocalDateTime(year: date.year, month: date.month, day: date.day)
        if parts.count == 2 {
            guard let minutes = DutyDecoder.clockTime(Text(String(parts[1]), at: text.location), context) else { return nil }
            value.hour = minutes / 60
            value.minute = minutes % 60
        }
        return value
    }
}
