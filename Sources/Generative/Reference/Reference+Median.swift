extension Reference {
    /// The sample median by its definition: sort, then the middle value, or the mean of the
    /// two middle values when n is even. What `median(_:)` finds by selection.
    package static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}
