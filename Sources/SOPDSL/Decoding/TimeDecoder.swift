/// Decodes a row's `waktu`: a time standard as written, or `{bebas: "...", hitung: "..."}` for a
/// deadline written in words whose duration is given separately.
enum TimeDecoder {
    static func decode(_ node: YAMLNode, _ context: DecodingContext) -> TimeStandard? {
        if node.scalar != nil {
            guard let text = ScalarReader.text(node, key: "waktu", context: context) else { return nil }
            let standard = context.parseTime(text.value, at: text.location)
            // "24 jam" is office time (more than three working days), rarely what the author meant.
            if case .limit(_, .officeMinutes(let minutes))? = standard?.rule, minutes >= 8 * 60 {
                context.emit(.time(.longOfficeHours(text.value, minutes: minutes)), at: text.location)
            }
            return standard
        }
        guard let map = MappingReader(node, subject: "waktu", allowed: ["bebas", "hitung"], context: context),
              let text = map.text("bebas", required: true) else { return nil }
        guard let count = map.text("hitung") else {
            return TimeStandard(written: text.value, rule: .freeText, location: text.location)
        }
        guard let counted = context.parseTime(count.value, at: count.location) else { return nil }
        return TimeStandard(written: text.value, rule: counted.rule, location: text.location)
    }
}
