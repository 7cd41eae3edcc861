import SOPDSL

/// Measures of the identity page: column widths and the largest type size (10 pt down to 7 pt)
/// at which the whole page fits on one sheet, as the regulation's form wants it.
struct IdentityLayout: Sendable, Hashable {
    var leftWidth: Double
    var labelWidth: Double
    var valueWidth: Double
    var fontSize: Double
    /// True when even the smallest type does not fit: the page then runs onto more sheets.
    var overflows: Bool
    /// Sheets the identity page takes.
    var pages: Int

    static let logoSize = 24.0
    static let signatureSpace = 16.0
    static let listIndent = 5.0

    var rightWidth: Double { labelWidth + valueWidth }

    init(identity: Identity, sheet: SheetGeometry) {
        leftWidth = sheet.contentWidth * 0.5
        labelWidth = sheet.contentWidth * 0.17
        valueWidth = sheet.contentWidth - leftWidth - labelWidth
        fontSize = 10
        overflows = false
        pages = 1
        let room = sheet.usableHeight - Metrics.footerHeight
        for size in stride(from: 10.0, through: 7.0, by: -0.5) {
            fontSize = size
            if height(identity) <= room { return }
        }
        overflows = true
        pages = Int((height(identity) / (sheet.contentHeight - 2)).rounded(.up))
    }

    /// Estimated height of the whole identity table at the current type size.
    func height(_ identity: Identity) -> Double {
        let text = TextMetrics(fontSize: fontSize), bold = TextMetrics(fontSize: fontSize, bold: true)
        let line = Metrics.lineHeightMM(fontSize)
        let pad = 2 * 1.5 + Metrics.border
        func cell(_ s: String, _ w: Double, _ m: TextMetrics = text) -> Double {
            Double(m.lineCount(s, width: w - 2 * 2.0)) * line + pad
        }
        let heading = TextMetrics(fontSize: fontSize + 2, bold: true)
        let left = Self.logoSize + 4 + cell(identity.agency.value.uppercased(), leftWidth, heading) * (fontSize + 2) / fontSize
            + (identity.unit.map { cell($0.value.uppercased(), leftWidth, bold) } ?? 0)
        var right = 0.0
        for value in ["\(identity.number.value)", "x", "x", "x"] { right += cell(value, valueWidth) }
        let approver = identity.approvedBy
        right += cell(approver?.position.value ?? "-", valueWidth) + Self.signatureSpace + 2 * line
        right += cell(identity.name.value.uppercased(), valueWidth, bold)
        let pairs: [([Text], [Text])] = [
            (identity.legalBasis, identity.qualifications),
            (identity.relatedSOPs.map(\.title), identity.equipment),
            (identity.warnings, identity.records),
        ]
        let bottom = pairs.reduce(0.0) { sum, pair in
            sum + max(list(pair.0, leftWidth, text), list(pair.1, rightWidth, text)) + line + pad
        }
        return max(left, right) + bottom
    }

    private func list(_ items: [Text], _ width: Double, _ metrics: TextMetrics) -> Double {
        let w = width - 2 * 2.0 - Self.listIndent
        let lines = items.isEmpty ? 1 : items.reduce(0) { $0 + metrics.lineCount($1.value, width: w) }
        return Double(lines) * Metrics.lineHeightMM(fontSize)
    }
}
