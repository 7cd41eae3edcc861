import Foundation

/// Why an interview stopped before anything was recorded.
enum GuidedStop: Error, Equatable {
    /// Ctrl-C (SIGINT).
    case interrupted
    /// End of input (Ctrl-D, or the input closed).
    case endOfInput
    /// The person answered "tidak" at the summary.
    case declined

    /// The user-facing failure: every stop says that nothing was recorded.
    var failure: CommandFailure {
        switch self {
        case .interrupted:
            CommandFailure("TANYA002", "dibatalkan dengan Ctrl-C: tidak ada yang dicatat", status: .interrupted)
        case .endOfInput:
            CommandFailure("TANYA003", "masukan berakhir (Ctrl-D) sebelum semua pertanyaan terjawab: tidak ada yang dicatat", status: .usage)
        case .declined:
            CommandFailure("TANYA004", "tidak dikonfirmasi: tidak ada yang dicatat", status: .findings)
        }
    }
}

/// The two things an interview does with a person: show them lines, and ask for one line back.
/// The terminal implementation reads the keyboard; tests give scripted answers.
protocol Prompter: AnyObject {
    /// Prints a line (a newline is added).
    func say(_ text: String)
    /// Prints `prompt` without a newline and returns the line typed, without its newline.
    /// Throws `GuidedStop.interrupted` on Ctrl-C and `GuidedStop.endOfInput` at end of input.
    func ask(_ prompt: String) throws -> String
}

/// Questions built on `ask`, each repeated until the answer is usable.
extension Prompter {
    /// Asks until `parse` accepts the (trimmed) answer; a rejected answer shows its reason.
    func ask<T>(_ prompt: String, _ parse: (String) -> Result<T, Rejection>) throws -> T {
        while true {
            switch parse(try ask(prompt).trimmingCharacters(in: .whitespaces)) {
            case .success(let value): return value
            case .failure(let rejection): say("  " + rejection.message)
            }
        }
    }

    /// "ya" or "tidak" (also y/t/n, as `ya_tidak` fields accept); no default.
    func yesNo(_ prompt: String) throws -> Bool {
        try ask(prompt + " [ya/tidak]: ") { answer in
            if let value = Answers.yesNo(answer) { return .success(value) }
            return .failure(Rejection("jawab 'ya' atau 'tidak'"))
        }
    }

    /// One of `options`, by its number or by a unique start of its name (case-insensitive).
    func choose<T>(_ heading: String, _ options: [T], name: (T) -> String, detail: (T) -> String = { _ in "" }) throws -> T {
        say(heading)
        for (index, option) in options.enumerated() {
            let more = detail(option)
            say("  \(index + 1). \(name(option))" + (more.isEmpty ? "" : " — \(more)"))
        }
        return try ask("Pilih nomor atau ketik namanya: ") { answer in
            Answers.pick(answer, among: options, name: name)
        }
    }
}

/// Why an answer was not taken, said to the person before the question is asked again.
struct Rejection: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Reading answers: numbers, names and yes/no.
enum Answers {
    static func yesNo(_ answer: String) -> Bool? {
        switch answer.lowercased() {
        case "ya", "y", "yes", "benar": true
        case "tidak", "t", "n", "no", "salah": false
        default: nil
        }
    }

    /// By number (1-based), exact name, or a start of the name shared by no other option.
    static func pick<T>(_ answer: String, among options: [T], name: (T) -> String) -> Result<T, Rejection> {
        if answer.isEmpty { return .failure(Rejection("pilih salah satu: ketik nomornya (1-\(options.count)) atau namanya")) }
        if let n = Int(answer) {
            guard (1...options.count).contains(n) else { return .failure(Rejection("nomor \(n) tidak ada; pilih 1-\(options.count)")) }
            return .success(options[n - 1])
        }
        let wanted = answer.lowercased()
        if let exact = options.first(where: { name($0).lowercased() == wanted }) { return .success(exact) }
        let starting = options.filter { name($0).lowercased().hasPrefix(wanted) }
        if starting.count == 1 { return .success(starting[0]) }
        if starting.count > 1 {
            return .failure(Rejection("'\(answer)' cocok dengan beberapa pilihan: \(starting.map(name).joined(separator: ", ")); ketik lebih lengkap atau pilih nomornya"))
        }
        return .failure(Rejection("'\(answer)' tidak ada di pilihan; ketik nomornya (1-\(options.count)) atau namanya"))
    }
}
