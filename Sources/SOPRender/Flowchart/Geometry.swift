/// A point in millimetres in a page's drawing, y downwards.
public struct Point: Sendable, Hashable, CustomStringConvertible {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) { self.x = x; self.y = y }

    public var description: String { "(\(Format.number(x)), \(Format.number(y)))" }
}

/// An axis-aligned rectangle in millimetres.
public struct Rect: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    public init(center: Point, width: Double, height: Double) {
        self.init(x: center.x - width / 2, y: center.y - height / 2, width: width, height: height)
    }

    public var minX: Double { x }
    public var maxX: Double { x + width }
    public var minY: Double { y }
    public var maxY: Double { y + height }
    public var center: Point { Point(x: x + width / 2, y: y + height / 2) }

    /// The rectangle shrunk by `d` on every side.
    public func inset(by d: Double) -> Rect { Rect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d) }
}

/// A horizontal or vertical piece of an arrow.
public struct Segment: Sendable, Hashable, CustomStringConvertible {
    public var a: Point
    public var b: Point

    public init(_ a: Point, _ b: Point) { self.a = a; self.b = b }

    public var isHorizontal: Bool { abs(a.y - b.y) < 1e-6 }
    public var isVertical: Bool { abs(a.x - b.x) < 1e-6 }
    public var length: Double { abs(a.x - b.x) + abs(a.y - b.y) }

    /// True when the segment passes through the inside of `rect` (touching its edge does not count).
    public func crosses(_ rect: Rect) -> Bool {
        let lo = Point(x: min(a.x, b.x), y: min(a.y, b.y)), hi = Point(x: max(a.x, b.x), y: max(a.y, b.y))
        return lo.x < rect.maxX - 1e-6 && hi.x > rect.minX + 1e-6 && lo.y < rect.maxY - 1e-6 && hi.y > rect.minY + 1e-6
    }

    /// True when both segments lie on the same line and share more than a point.
    public func overlaps(_ other: Segment) -> Bool {
        if isHorizontal && other.isHorizontal && abs(a.y - other.a.y) < 1e-6 {
            return min(max(a.x, b.x), max(other.a.x, other.b.x)) - max(min(a.x, b.x), min(other.a.x, other.b.x)) > 1e-6
        }
        if isVertical && other.isVertical && abs(a.x - other.a.x) < 1e-6 {
            return min(max(a.y, b.y), max(other.a.y, other.b.y)) - max(min(a.y, b.y), min(other.a.y, other.b.y)) > 1e-6
        }
        return false
    }

    public var description: String { "\(a)-\(b)" }
}
