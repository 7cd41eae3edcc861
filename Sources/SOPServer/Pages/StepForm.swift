import SOPDSL
import SOPEngine

/// The form of one running step, generated from its node in the SOP: its fields with their
/// types, its kelengkapan as checkboxes, its decision's exits, a note and back-dating.
enum StepForm {
    static func render(_ step: Step, sop: SOP, caseID: String, viewer: Viewer) -> String {
        let key = Layout.esc(step.id)
        var parts: [String] = []
        let external = !step.actors.isEmpty && step.actors.allSatisfy { sop.actor($0.id)?.isExternal == true }
        if external {
            parts.append("""
                <p>Langkah ini dilakukan pihak luar (\(Layout.esc(step.actors.map { sop.actor($0.id)?.label.value ?? $0.id }.joined(separator: ", ")))); catat atas namanya.</p>
                <label for="\(key)-luar">Nama pihak luar</label><input type="text" id="\(key)-luar" name="nama_luar" required>
                <label for="\(key)-kontak">Telepon atau email</label><input type="text" id="\(key)-kontak" name="kontak" required>
                """)
        }
        for field in step.fields { parts.append(input(field, step: key)) }
        if !step.requirements.isEmpty {
            let boxes = step.requirements.enumerated().map { index, item in
                let id = "\(key)-lengkap-\(index + 1)"
                return "<label for=\"\(id)\"><input type=\"checkbox\" id=\"\(id)\" name=\"lengkap\" value=\"\(index + 1)\"> "
                    + "\(Layout.esc(item.name.value))\(item.isRequired ? " (wajib)" : "")</label>"
            }.joined()
            parts.append("<fieldset><legend>Kelengkapan yang tersedia</legend>\(boxes)</fieldset>")
        } else {
            parts.append("<input type=\"hidden\" name=\"lengkap\" value=\"semua\">")
        }
        if let decision = step.decision {
            if decision.isAutomatic {
                parts.append("<p>Cabang keputusan ditentukan dari isian: \(Layout.esc(decision.exits.map(\.name).joined(separator: " / ")))</p>")
            } else {
                let radios = decision.exits.enumerated().map { index, exit in
                    let id = "\(key)-pilih-\(index + 1)"
                    return "<label for=\"\(id)\"><input type=\"radio\" id=\"\(id)\" name=\"pilih\" value=\"\(Layout.esc(exit.name))\" required> \(Layout.esc(exit.name))</label>"
                }.joined()
                parts.append("<fieldset><legend>\(Layout.esc(decision.question?.value ?? "Keputusan"))</legend>\(radios)</fieldset>")
            }
        }
        parts.append("""
            <label for="\(key)-output"><input type="checkbox" id="\(key)-output" name="output" value="ya" checked> Output dihasilkan\(step.output.map { ": " + Layout.esc($0.value) } ?? "")</label>
            <label for="\(key)-catatan">Catatan (boleh kosong)</label><textarea id="\(key)-catatan" name="catatan" rows="2"></textarea>
            <label for="\(key)-pada">Waktu sebenarnya bila dicatat belakangan (boleh kosong, mis. 2024-04-05 10:30)</label>
            <input type="text" id="\(key)-pada" name="pada">
            """)
        return """
        <section aria-labelledby="\(key)-judul"><h3 id="\(key)-judul">Langkah \(key): \(Layout.esc(step.activity.value.split(separator: "\n").first.map(String.init) ?? ""))</h3>
        <form method="post" action="/kasus/\(Layout.esc(caseID))/langkah">\(Layout.csrfField(viewer))
        <input type="hidden" name="langkah" value="\(key)">\(parts.joined(separator: "\n"))
        <p><button type="submit" id="\(key)-catat">Catat langkah \(key)</button></p></form></section>
        """
    }

    private static func input(_ field: FieldSpec, step: String) -> String {
        let id = "\(step)-isian-\(Layout.esc(field.id))"
        let name = "isian.\(Layout.esc(field.id))"
        let label = "<label for=\"\(id)\">\(Layout.esc(field.label.value))\(field.isRequired ? " (wajib)" : "")</label>"
        let required = field.isRequired ? " required" : ""
        switch field.type {
        case .choice, .boolean:
            let options = field.type == .boolean ? ["ya", "tidak"] : field.options
            let list = (field.isRequired ? [] : ["<option value=\"\"></option>"])
                + options.map { "<option value=\"\(Layout.esc($0))\">\(Layout.esc($0))</option>" }
            return label + "<select id=\"\(id)\" name=\"\(name)\"\(required)>\(list.joined())</select>"
        case .date:
            return label + "<input type=\"date\" id=\"\(id)\" name=\"\(name)\"\(required)>"
        case .number:
            return label + "<input type=\"text\" inputmode=\"decimal\" id=\"\(id)\" name=\"\(name)\"\(required)>"
        case .email:
            return label + "<input type=\"email\" id=\"\(id)\" name=\"\(name)\"\(required)>"
        case .phone:
            return label + "<input type=\"tel\" id=\"\(id)\" name=\"\(name)\"\(required)>"
        case .dateTime:
            return label + "<input type=\"text\" id=\"\(id)\" name=\"\(name)\" placeholder=\"2024-04-05 10:30\"\(required)>"
        case .text, .signature:
            return label + "<input type=\"text\" id=\"\(id)\" name=\"\(name)\"\(required)>"
        }
    }
}
