import SOPDSL

/// What the desk commands (`sop kasus buka`, `sop agenda`, `sop cetak`) say about the SOP file
/// they use. Errors stop the command, so they are printed in full; warnings are the author's
/// business, shown in full by `sop periksa` only: repeated on every call they are noise.
enum DeskFindings {
    static func print(_ result: LoadResult, path: String) {
        let errors = result.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { Output.diagnostics(DiagnosticRenderer(sources: [result.source]).render(errors)) }
        let warnings = result.diagnostics.count - errors.count
        if warnings > 0 {
            Output.error("SOP ini punya \(warnings) peringatan: jalankan 'sop periksa \(path)' untuk rinciannya")
        }
    }
}
