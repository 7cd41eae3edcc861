/// Layers calendar files: an office calendar over the calendar it includes (`sertakan`), which
/// may itself include another (national <- provincial <- office).
///
/// Rules (docs/kalender.md): the including file wins for `nama`, `zona_waktu`, `tahun` and
/// `hari_kerja_berakhir`; `jam_kerja` is overridden weekday by weekday; `libur` and `sumber`
/// are added together. A file may narrow the years of what it includes, never widen them:
/// outside the included years there are no national days off to count with.
enum CalendarMerger {
    /// `top` (one file as written) over `base` (the included calendar, already merged).
    static func merge(_ top: CalendarLayer, over base: CalendarLayer?, context: DecodingContext) -> CalendarLayer {
        guard let base else { checkDaysOff(top, context: context); return top }
        var merged = top
        merged.zone = top.zone ?? base.zone
        merged.policy = top.policy ?? base.policy
        merged.dayReading = top.dayReading ?? base.dayReading
        merged.hours = base.hours.merging(top.hours) { _, own in own }
        merged.hoursLocation = top.hoursLocation ?? base.hoursLocation
        merged.daysOff = base.daysOff + top.daysOff
        merged.sources = base.sources + top.sources.filter { own in !base.sources.contains { $0.value == own.value } }
        merged.files = top.files + base.files.filter { !top.files.contains($0) }
        merged.years = years(top.years, within: base.years, context: context)
        checkDaysOff(merged, ownDays: top.daysOff, context: context)
        return merged
    }

    private static func years(_ own: CoveredYears?, within base: CoveredYears?, context: DecodingContext) -> CoveredYears? {
        guard let own else { return base }
        guard let base else { return own }
        guard base.range.contains(own.range.lowerBound), base.range.contains(own.range.upperBound) else {
            context.emit(.calendar(.yearsOutsideIncluded(own, included: base)), at: own.location)
            return base
        }
        return own
    }

    /// A file's own days off must fall in the years its calendar covers.
    private static func checkDaysOff(_ layer: CalendarLayer, ownDays: [DayOff]? = nil, context: DecodingContext) {
        guard let years = layer.years else { return }
        for day in ownDays ?? layer.daysOff where !years.range.contains(day.date.year) {
            context.emit(.calendar(.dayOffOutsideYears(day.date, years: years)), at: day.location)
        }
    }
}
