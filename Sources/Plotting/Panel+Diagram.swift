extension Panel {
    /// A filled rectangle `x` × `y`: a box of a schematic diagram (noise, a network, a batch of
    /// samples), named in the legend by `label`. It is a band with flat lower and upper edges, so
    /// it takes the next palette colour like any other mark and needs no drawing code of its own.
    public mutating func box(x: ClosedRange<Double>, y: ClosedRange<Double>, label: String? = nil) {
        area(x: [x.lowerBound, x.upperBound], lower: [y.lowerBound, y.lowerBound],
             upper: [y.upperBound, y.upperBound], label: label)
    }
}
