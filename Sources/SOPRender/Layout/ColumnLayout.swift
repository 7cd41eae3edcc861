import SOPDSL

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

    /// The Mutu Baku columns this document prints, in its order (`tampilan.mutu_baku`).
    var quality: [QualityColumn]

    init(contentWidth: Double, actorCount: Int, quality: [QualityColumn] = [.requirements, .time, .output]) {
        let count = max(actorCount, 1)
        self.actorCount = count
        self.quality = quality
        number = 8
        time = quality.contains(.time) ? (contentWidth < 220 ? 14 : 16) : 0
        // About two fifths of the width for the drawing; a column never so narrow that a symbol
        // and its lanes stop fitting, never so wide that the text columns starve.
        actor = min(max(contentWidth * 0.42 / Double(count), 16), 28)
        let rest = max(contentWidth - number - time - actor * Double(count), 40)
        // A Mutu Baku column the document does not print gives its share to Kegiatan.
        let requirementsShare = quality.contains(.requirements) ? 0.22 : 0
        let outputShare = quality.contains(.output) ? 0.21 : 0
        activity = rest * (0.40 + (0.22 - requirementsShare) + (0.21 - outputShare))
        requirements = rest * requirementsShare
        output = rest * outputShare
        note = rest * 0.17
    }

    func width(of column: QualityColumn) -> Double {
        switch column {
        case .requirements: requirements
        case .time: time
        case .output: output
        }
    }

    /// Left edge of the first actor column, from the table's left edge.
    var actorsLeft: Double { number + activity }
    var actorsWidth: Double { actor * Double(actorCount) }
    var total: Double { number + activity + actorsWidth + requirements + time + output + note }

    /// Widths in printed order: No, Kegiatan, actors..., the Mutu Baku columns, Keterangan.
    var all: [Double] {
        [number, activity] + Array(repeating: actor, count: actorCount) + quality.map(width) + [note]
    }

    /// Room for text in a cell of the given width.
    static func textWidth(_ columnWidth: Double) -> Double {
        columnWidth - 2 * Metrics.cellPaddingX - Metrics.border
    }
}
