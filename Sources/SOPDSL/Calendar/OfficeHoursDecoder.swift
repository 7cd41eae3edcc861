/// Reads `jam_kerja`: one entry per weekday (`senin` .. `minggu`), each written as
///
///     senin: ["07:30-12:00", "13:00-16:00"]                       # the intervals worked
///     jumat: {buka: "07:30", tutup: "16:30", istirahat: "11:30-13:00"}  # opening, closing, breaks
///     sabtu: libur                                                 # closed
///
/// Only the weekdays written are returned, so an office calendar can override some of the
/// weekdays of the calendar it includes and inherit the rest.
enum OfficeHoursDecoder {
    static let weekdayKeys = Weekday.allCases.map(\.rawValue)
    static let dayKeys = ["buka", "tutup", "istirahat"]
    static let closedWords: Set<String> = ["libur", "tutup"]

    static func decode(_ node: YAMLNode, context: DecodingContext) -> [Weekday: DayHours] {
        guard let map = MappingReader(node, subject: "jam_kerja", allowed: weekdayKeys, context: context) else { return [:] }
        var days: [Weekday: DayHours] = [:]
        for weekday in Weekday.allCases where map.has(weekday.rawValue) {
            guard let value = map.requireValue(weekday.rawValue) else { continue }
            if let hours = day(value, key: weekday.rawValue, context: context) { days[weekday] = hours }
        }
        return days
    }

    /// One weekday, in any of the three forms; nil after reporting a problem.
    static func day(_ node: YAMLNode, key: String, context: DecodingContext) -> DayHours? {
        if let scalar = node.scalar, closedWords.contains(scalar.value.lowercased()) {
            return DayHours(intervals: [], location: node.location)
        }
        if node.pairs != nil { return openClose(node, key: key, context: context) }
        let items = node.items ?? [node]
        var intervals: [OfficeInterval] = []
        for item in items {
            guard let interval = interval(item, key: key, context: context) else { return nil }
            intervals.append(interval)
        }
        guard ordered(intervals, key: key, context: context) else { return nil }
        return DayHours(intervals: intervals, location: node.location)
    }

    /// `{buka, tutup, istirahat}`: the day from opening to closing with the breaks cut out.
    private static func openClose(_ node: YAMLNode, key: String, context: DecodingContext) -> DayHours? {
        guard let map = MappingReader(node, subject: SubjectName.officeHours(key), allowed: dayKeys, context: context) else { return nil }
        let open = map.requireValue("buka").flatMap { time($0, key: "buka", endOfDay: false, context: context) }
        let close = map.requireValue("tutup").flatMap { time($0, key: "tutup", endOfDay: true, context: context) }
        var breaks: [OfficeInterval] = []
        for item in map.value("istirahat").map({ $0.items ?? [$0] }) ?? [] {
            guard let interval = interval(item, key: "istirahat", context: context) else { return nil }
            breaks.append(interval)
        }
        guard let open, let close else { return nil }
        guard open < close else {
            context.emit(.calendar(.closesBeforeOpening(open: open, close: close, day: key)),
                         at: map.value("tutup")?.contentLocation ?? node.location)
            return nil
        }
        guard ordered(breaks, key: "istirahat", context: context) else { return nil }
        var intervals: [OfficeInterval] = []
        var from = open
        for pause in breaks {
            guard pause.start > from, pause.end < close else {
                context.emit(.calendar(.breakOutsideDay(pause, open: open, close: close)), at: pause.location)
                return nil
            }
            intervals.append(OfficeInterval(start: from, end: pause.start, location: node.location))
            from = pause.end
        }
        intervals.append(OfficeInterval(start: from, end: close, location: node.location))
        return DayHours(intervals: intervals, location: node.location)
    }

    /// Intervals must be written in order and must not overlap (touching is allowed).
    private static func ordered(_ intervals: [OfficeInterval], key: String, context: DecodingContext) -> Bool {
        for (previous, next) in zip(intervals, intervals.dropFirst()) where next.start < previous.end {
            context.emit(.calendar(.overlappingHours(next, previous: previous, day: key)), at: next.location)
            return false
        }
        return true
    }

    static func interval(_ node: YAMLNode, key: String, context: DecodingContext) -> OfficeInterval? {
        guard let text = ScalarReader.text(node, key: key, context: context) else { return nil }
        do {
            let parsed = try ClockTimeParser.interval(text.value)
            return OfficeInterval(start: parsed.start, end: parsed.end, location: text.location)
        } catch {
            context.emit(.calendar(.badInterval(error.reason)), at: text.location.advanced(by: error.offset))
            return nil
        }
    }

    private static func time(_ node: YAMLNode, key: String, endOfDay: Bool, context: DecodingContext) -> ClockTime? {
        guard let text = ScalarReader.text(node, key: key, context: context) else { return nil }
        do {
            return try ClockTimeParser.time(text.value, endOfDay: endOfDay)
        } catch {
            context.emit(.calendar(.badTime(error.reason)), at: text.location.advanced(by: error.offset))
            return nil
        }
    }
}
