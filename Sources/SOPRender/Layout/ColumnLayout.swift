/// Widths of the flowchart table's columns for a sheet width and a number of actor columns.
struct ColumnLayout: Sendable, Hashable {
    var number: Double
    var activity: Double
    var actor: Double
    var actorCount: Int
    var requirements: Double
    var time: Double
    var output: Double
    var note: Double

    init(contentWidth: Double, actorCount: Int) {
        let count = max(actorCount, 1)
        self.actorCount = count
        number = 8
        time = contentWidth < 220 ? 14 : 16
        // About two fifths of the width for the drawing; a column never so narrow that a symbol
        // and its lanes stop fitting, never so wide that the text columns starve.
        actor = min(max(contentWidth * 0.42 / Double(count), 16), 28)
        let rest = max(contentWidth - number - time - actor * Double(count), 40)
        activity = rest * 0.40
        requirements = rest * 0.22
        output = rest * 0.21
        note = rest * 0.17
    }

    /// Left edge of the first actor column, from the table's left edge.
    var actorsLeft: Double { number + activity }
    var actorsWidth: Double { actor * Double(actorCount) }
    var total: Double { number + activity + actorsWidth + requirements + time + output + note }

    /// Widths in printed order: No, Kegiatan, actors..., Kelengkapan, Waktu, Output, Keterangan.
    var all: [Double] {
        [number, activity] + Array(repeating: actor, count: actorCount) + [requirements, time, output, note]
    }

    /// Room for text in a cell of the given width.
    static func textWidth(_ columnWidth: Double) -> Double {
        columnWidth - 2 * Metrics.cellPaddingX - Metrics.border
    }
}
