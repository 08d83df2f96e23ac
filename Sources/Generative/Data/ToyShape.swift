/// A shape of the book's toy image distribution (chapter 3): a black-and-white image of
/// `side` × `side` = 10 × 10 pixels showing one filled box, one ring or one plus sign.
///
///     box(top, left, height, width)  the filled rectangle of rows top..<top + height and
///                                    columns left..<left + width; sides of 2 to 6 pixels
///     ring(row, column, radius)      the pixels (r, c) whose centre lies within half a pixel of
///                                    the circle: |√((r − row)² + (c − column)²) − radius| < ½;
///                                    radius 2 to 4
///     plus(row, column, arm)         row `row` and column `column`, each within `arm` pixels of
///                                    the centre (row, column); arms of 1 to 3 pixels
///
/// Pixels are numbered row by row, pixel (r, c) at index r·side + c, as `Panel.imageGrid` draws
/// them. `allByKind` lists every shape at every position where it fits and `random(using:)` draws
/// one: a tiny region of the 2¹⁰⁰ binary images, whose pixels depend on each other strongly,
/// which is what makes it a test for generators of images.
public enum ToyShape: Hashable, Sendable {
    case box(top: Int, left: Int, height: Int, width: Int)
    case ring(row: Int, column: Int, radius: Int)
    case plus(row: Int, column: Int, arm: Int)

    /// The three kinds of shape, in the order of `allByKind`.
    public enum Kind: Int, CaseIterable, Sendable {
        case box, ring, plus
    }

    /// The number of pixels along each side of an image.
    public static let side = 10

    /// What kind of shape this is.
    public var kind: Kind {
        switch self {
        case .box: .box
        case .ring: .ring
        case .plus: .plus
        }
    }

    /// The image: side² pixel values, row by row, 1 where there is ink and 0 elsewhere.
    public var image: [Double] {
        let side = Self.side
        var pixels = [Double](repeating: 0, count: side * side)
        for row in 0..<side {
            for column in 0..<side where isInked(row: row, column: column) {
                pixels[row * side + column] = 1
            }
        }
        return pixels
    }

    /// Whether pixel (row, column) is part of the shape.
    public func isInked(row: Int, column: Int) -> Bool {
        switch self {
        case let .box(top, left, height, width):
            return (top..<(top + height)).contains(row) && (left..<(left + width)).contains(column)
        case let .ring(centreRow, centreColumn, radius):
            let (dy, dx) = (Double(row - centreRow), Double(column - centreColumn))
            return abs((dx * dx + dy * dy).squareRoot() - Double(radius)) < 0.5
        case let .plus(centreRow, centreColumn, arm):
            return (row == centreRow && abs(column - centreColumn) <= arm)
                || (column == centreColumn && abs(row - centreRow) <= arm)
        }
    }
}
