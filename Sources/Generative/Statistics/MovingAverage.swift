/// The trailing moving average of `values` over windows of `width`: element i is the mean of
/// values max(0, i − width + 1) … i, so the first width − 1 averages use the fewer values that
/// exist. It shows a trend through the noise of single steps, such as a GAN's verdicts on each
/// batch, without shifting it forwards in time.
/// - Precondition: `width` ≥ 1.
public func trailingMovingAverage(_ values: [Double], width: Int) -> [Double] {
    precondition(width >= 1, "a moving average needs a window of at least one value")
    return values.indices.map { mean(values[max(0, $0 - width + 1)...$0]) }
}
