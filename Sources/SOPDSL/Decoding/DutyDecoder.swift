/// Decodes `tugas_berkala:`, duties on a schedule (`setiap: 1 jam` or `pukul: ["08.00"]`).
enum DutyDecoder {
    static func decode(_ nodes: [YAMLNode], context: DecodingContext) -> [RecurringDuty] {
        var seen: [String: SourceLocation] = [:]
        return nodes.compactMap { node in
            guard let map = MappingReader(node, subject: "tugas_berkala",
                                          allowed: ["id", "kegiatan", "pelaksana", "setiap", "pukul", "output"], context: context),
                  let id = map.identifier("id"), IDRegistry.register(id, kind: SubjectName.recurringDutyKind, in: &seen, context: context),
                  let activity = map.text("kegiatan", required: true) else { return nil }
            let actors = map.identifierList("pelaksana")
            guard let schedule = schedule(map, subject: SubjectName.recurringDuty(id.id), context) else { return nil }
            return RecurringDuty(id: id.id, activity: activity, actors: actors, schedule: schedule,
                                 output: map.text("output"), location: node.location)
        }
    }

    private static func schedule(_ map: MappingReader, subject: String, _ context: DecodingContext) -> DutySchedule? {
        switch (map.value("setiap"), map.value("pukul")) {
        case (.some, .some):
            context.emit(.keyValue(.everyAndAt(subject: subject)), at: map.keyLocation("pukul")!)
            return nil
        case (.some(let every), nil):
            guard let time = TimeDecoder.decode(every, context) else { return nil }
            guard case .limit(nil, .officeMinutes(let minutes)) = time.rule else {
                context.emit(.keyValue(.everyNotMinutes), at: time.location)
                return nil
            }
            return .every(minutes: minutes)
        case (nil, .some(let at)):
            let texts = (at.items ?? [at]).compactMap { ScalarReader.text($0, key: "pukul", context: context) }
            let minutes = texts.compactMap { clockTime($0, context) }
            return minutes.count == texts.count && !minutes.isEmpty ? .at(minutesOfDay: minutes.sorted()) : nil
        case (nil, nil):
            context.emit(.keyValue(.noSchedule(subject: subject)), at: map.node.location)
            return nil
        }
    }

    /// "08.00" or "8:00" as minutes after midnight.
    static func clockTime(_ text: Text, _ context: DecodingContext) -> Int? {
        let parts = text.value.split(whereSeparator: { $0 == "." || $0 == ":" })
        if parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) {
            return h * 60 + m
        }
        context.emit(.keyValue(.invalidClockTime(text.value)), at: text.location)
        return nil
    }
}
