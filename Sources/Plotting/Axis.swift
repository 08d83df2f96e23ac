/// One axis of a panel: its limits, its ticks and their labels.
struct Axis {
    /// The data values shown, from one edge of the plot area to the other.
    let domain: ClosedRange<Double>
    let ticks: [Double]
    let labels: [String]

    /// With `fixed` limits, those limits and the nice ticks inside them; otherwise the data
    /// extent (or [0, 1] without data) expanded to the nice ticks that cover it, so the axis
    /// starts and ends on a labelled tick. Zero-width ranges are padded first.
    init(fixed: ClosedRange<Double>?, data: ClosedRange<Double>?, tickCount: Int) {
        if let fixed {
            let domain = paddedIfDegenerate(fixed)
            let tolerance = (domain.upperBound - domain.lowerBound) * 1e-9
            ticks = niceTicks(domain, count: tickCount).filter {
                $0 >= domain.lowerBound - tolerance && $0 <= domain.upperBound + tolerance
            }
            self.domain = domain
        } else {
            let extent = paddedIfDegenerate(data ?? 0...1)
            ticks = niceTicks(extent, count: tickCount)
            if let first = ticks.first, let last = ticks.last {
                domain = first...last
            } else {
                domain = extent
            }
        }
        labels = tickLabels(ticks)
    }
}

/// The linear map from data values to pixel positions along one axis.
struct LinearScale {
    let domain: ClosedRange<Double>
    /// Pixel positions of `domain.lowerBound` and `domain.upperBound` (for a y axis the
    /// first is below the second, since SVG's y grows downwards).
    let pixels: (start: Double, end: Double)

    func callAsFunction(_ value: Double) -> Double {
        let fraction = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        return pixels.start + fraction * (pixels.end - pixels.start)
    }
}
