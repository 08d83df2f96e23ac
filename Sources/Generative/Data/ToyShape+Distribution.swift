extension ToyShape {
    /// Every shape of the toy distribution, kind by kind in the order of `Kind` (box, ring,
    /// plus), each kind by size (box height, then width; ring radius; arm), then by the row and
    /// the column of its top-left corner or centre: 1 225 boxes, 56 rings and 116 plus signs, at
    /// every position where they fit in the image. No two of the 1 397 shapes have the same image.
    public static let allByKind: [[ToyShape]] = {
        let side = ToyShape.side
        let boxes = (2...6).flatMap { height in (2...6).flatMap { width in
            (0...(side - height)).flatMap { top in (0...(side - width)).map { left in
                ToyShape.box(top: top, left: left, height: height, width: width) } } } }
        let rings = (2...4).flatMap { radius in (radius...(side - 1 - radius)).flatMap { row in
            (radius...(side - 1 - radius)).map { column in ToyShape.ring(row: row, column: column, radius: radius) } } }
        let pluses = (1...3).flatMap { arm in (arm...(side - 1 - arm)).flatMap { row in
            (arm...(side - 1 - arm)).map { column in ToyShape.plus(row: row, column: column, arm: arm) } } }
        return [boxes, rings, pluses]
    }()

    /// A draw of the toy distribution: a kind uniformly, then one shape of that kind uniformly,
    /// size and position together, by two calls of `nextInt(in:)` in that order. Each kind has
    /// probability ⅓, so a ring (56 of them) is 22 times as likely as a box (1 225), and within
    /// a kind the small shapes, which fit in more places, are the more common.
    public static func random(using generator: inout some RandomNumberGenerator) -> ToyShape {
        let shapes = allByKind[generator.nextInt(in: 0..<allByKind.count)]
        return shapes[generator.nextInt(in: 0..<shapes.count)]
    }
}
