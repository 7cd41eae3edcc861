import SOPDSL

/// How a value of the model reads in a change: as the document prints it, so two versions are
/// compared by what a reader sees, never by source locations.
enum Printed {
    static let none = "(tidak ada)"

    static func shape(_ shape: SymbolShape) -> String {
        switch shape {
        case .terminator: "terminator"
        case .process: "proses"
        case .decision: "keputusan"
        case .connector: "penghubung"
        case .offPageConnector: "penghubung halaman"
        }
    }

    static func requirement(_ r: Requirement) -> String { r.isRequired ? r.name.value : "\(r.name.value) (tidak wajib)" }

    static func time(_ t: TimeStandard?) -> String? { t?.written }

    /// What the standard counts, for when the written text stays and the deadline does not.
    static func rule(_ rule: TimeRule) -> String {
        switch rule {
        case .none: "tanpa tenggat"
        case .freeText: "teks bebas tanpa tenggat"
        case .limit(let lower, let upper): "tenggat " + (lower.map { span($0) + " s.d. " } ?? "") + span(upper)
        }
    }

    static func span(_ span: TimeSpan) -> String {
        switch span {
        case .officeMinutes(let m): "\(m) menit waktu kerja"
        case .wallMinutes(let m): "\(m) menit waktu berjalan"
        case .calendarDays(let d): "\(d) hari kalender"
        case .days(let d): "\(d) hari"
        case .workingDays(let d): "\(d) hari kerja"
        }
    }

    static func targets(_ refs: [Reference]) -> String { refs.isEmpty ? none : refs.map(\.id).joined(separator: ", ") }

    static func exit(_ e: Exit) -> String {
        (e.label?.value ?? "(tanpa label)") + " → " + targets(e.targets) + (e.condition.map { " jika \(condition($0))" } ?? "")
    }

    static func condition(_ c: Condition) -> String { c.source.value.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// A flow described in one line, for when its kind changes.
    static func flow(_ flow: Flow) -> String {
        switch flow {
        case .end: "selesai"
        case .next(let refs): "ke " + targets(refs)
        case .decision(let d): "keputusan: " + d.exits.map(exit).joined(separator: "; ")
        }
    }

    static func field(_ f: FieldSpec) -> String {
        "\(f.label.value) (\(f.id), \(f.type.rawValue)\(f.isRequired ? "" : ", tidak wajib")"
            + (f.options.isEmpty ? "" : ": " + f.options.joined(separator: ", ")) + ")"
    }

    static func yesNo(_ b: Bool) -> String { b ? "ya" : "tidak" }

    static func date(_ d: IdentityDate?) -> String? {
        guard let d else { return nil }
        return d.printed.isEmpty ? nil : d.printed
    }

    static func related(_ r: RelatedSOP) -> String { r.title.value + (r.file.map { " (berkas \($0.value))" } ?? "") }

    static func schedule(_ s: DutySchedule) -> String {
        switch s {
        case .every(let m): m % 60 == 0 ? "setiap \(m / 60) jam" : "setiap \(m) menit"
        case .at(let times): "pukul " + times.map { t in
            let h = t / 60, m = t % 60
            return (h < 10 ? "0\(h)" : "\(h)") + "." + (m < 10 ? "0\(m)" : "\(m)")
        }.joined(separator: ", ")
        }
    }

    /// The first line of a text, shortened for a heading.
    static func short(_ text: String, limit: Int = 70) -> String {
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? text
        return line.count <= limit ? line : String(line.prefix(limit - 1)) + "…"
    }
}
