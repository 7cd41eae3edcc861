import ArgumentParser
import Foundation
import SOPDSL
import SOPRender

/// Target 3: HTML (flowchart with routed arrows, paginated) against loading and checking the
/// same file, alternated in one process (load, render, load, render ...) so the ratio is taken
/// pair by pair on the same machine state.
struct CetakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cetak", abstract: "Target 3: HTML satu SOP dibanding memuatnya.")

    @Argument(help: "Berkas SOP.") var file: String
    @Option(help: "Pasangan muat/cetak.") var ulang = 5

    func run() throws {
        let r = try Self.measure(path: file, reps: ulang)
        let load = Spread(r.load), render = Spread(r.render), ratio = Spread(zip(r.render, r.load).map { $0 / $1 })
        print("cetak \(file): \(r.steps) langkah, HTML \(r.htmlBytes) B; muat \(load.text(4)) s, cetak \(render.text(4)) s, "
              + "cetak/muat \(ratio.text(2))")
        ResultLine.print(["steps": r.steps, "html_bytes": r.htmlBytes, "load_s": load.median, "render_s": render.median,
                          "render_over_load": ratio.median, "peak_rss_mb": Measure.peakRSSMB()])
    }

    struct Result { var steps: Int; var htmlBytes: Int; var load: [Double]; var render: [Double] }

    static func measure(path: String, reps: Int) throws -> Result {
        var load: [Double] = [], render: [Double] = []
        var steps = 0, htmlBytes = 0
        for _ in 0..<max(1, reps) {
            var result: LoadResult?
            load.append(Measure.seconds { result = SOPLoader.load(path: path) })
            guard let sop = result?.sop else { throw BenchError("\(path): SOP bergalat") }
            var html = ""
            render.append(Measure.seconds { html = HTMLRenderer.render(sop) })
            steps = sop.steps.count
            htmlBytes = html.utf8.count
        }
        return Result(steps: steps, htmlBytes: htmlBytes, load: load, render: render)
    }
}
