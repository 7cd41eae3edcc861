import Foundation
import SOPDSL

/// Turns text typed at the command line into a typed field value, or says precisely why not.
public enum FieldValidator {
    public static func value(_ raw: String, for field: FieldSpec) -> Result<Value, EngineError> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        func invalid(_ why: String) -> Result<Value, EngineError> {
            .failure(.invalidField(field: field.id, label: field.label.value, reason: why))
        }
        if text.isEmpty { return invalid("tidak boleh kosong") }
        if let bad = UnsafeText.firstUnsafe(in: text) {
            return invalid("memuat karakter kendali \(bad) yang tidak terlihat; ketik ulang tanpa karakter itu")
        }
        switch field.type {
        case .text, .signature:
            return .success(.text(text))
        case .number:
            guard let n = Double(text.replacingOccurrences(of: ",", with: ".")), n.isFinite else { return invalid("'\(text)' bukan angka") }
            return .success(.number(n))
        case .boolean:
            if ["ya", "y", "true", "benar"].contains(text.lowercased()) { return .success(.bool(true)) }
            if ["tidak", "t", "false", "salah"].contains(text.lowercased()) { return .success(.bool(false)) }
            return invalid("isi dengan 'ya' atau 'tidak', bukan '\(text)'")
        case .date:
            guard let date = ScalarReaderBridge.date(text) else { return invalid("'\(text)' bukan tanggal (contoh: 2024-04-05)") }
            return .success(.text(date))
        case .dateTime:
            guard let iso = dateTime(text) else { return invalid("'\(text)' bukan tanggal dan jam (contoh: 2024-04-05 10:30)") }
            return .success(.text(iso))
        case .phone:
            let digits = text.filter(\.isNumber)
            let shapeOK = text.allSatisfy { $0.isNumber || " -+().".contains($0) }
            let prefixOK = text.hasPrefix("0") || text.hasPrefix("+62") || text.hasPrefix("62")
            guard shapeOK, prefixOK, (9...15).contains(digits.count) else {
                return invalid("'\(text)' bukan nomor telepon Indonesia (contoh: 0812-3456-7890 atau +62 812 3456 7890)")
            }
            return .success(.text(text))
        case .email:
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
                  !text.contains(" ") else { return invalid("'\(text)' bukan alamat email (contoh: nama@contoh.go.id)") }
            return .success(.text(text))
        case .choice:
            if let option = field.options.first(where: { $0.lowercased() == text.lowercased() }) { return .success(.text(option)) }
            let hint = EditDistance.suggestion(for: text, among: field.options).map { "; mungkin maksud Anda '\($0)'?" } ?? ""
            return invalid("'\(text)' bukan pilihan yang sah (\(field.options.joined(separator: ", ")))\(hint)")
        }
    }

    /// "2024-04-05 10:30" or "2024-04-05T10:30" -> "2024-04-05T10:30".
    static func dateTime(_ text: String) -> String? {
        let parts = text.replacingOccurrences(of: "T", with: " ").split(separator: " ")
        guard parts.count == 2, let date = ScalarReaderBridge.date(String(parts[0])) else { return nil }
        let hm = parts[1].split(whereSeparator: { $0 == ":" || $0 == "." })
        guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return date + String(format: "T%02d:%02d", h, m)
    }
}

/// Dates typed at the CLI use the same forms as dates in SOP files.
enum ScalarReaderBridge {
    static func date(_ text: String) -> String? {
        SOPDate.parse(text)?.iso
    }
}
