/// A dense matrix of doubles, stored row-major in one contiguous array: element (i, j) is
/// `values[i·columns + j]`.
///
/// This is the one data type of the neural-network chapter. A batch of inputs is a matrix
/// with one example per row, a layer's weights are an in × out matrix and its bias a 1 × out
/// row, so a whole batch goes through a layer in one matrix product. Keeping the storage a
/// plain `[Double]` lets every hot loop run over contiguous memory with no per-element
/// allocation, and makes `==` a bit-for-bit comparison, which the reproducibility tests use.
public struct Matrix: Equatable, Sendable {
    /// The number of rows (for a batch, the number of examples).
    public let rows: Int
    /// The number of columns (for a batch, the number of features).
    public let columns: Int
    /// The elements, row by row; `values.count == rows · columns`, which is why only the
    /// matrix itself may assign them (elements change through the subscripts).
    public private(set) var values: [Double]

    /// A matrix with every element equal to `value`.
    /// - Precondition: `rows` and `columns` are not negative.
    public init(rows: Int, columns: Int, repeating value: Double) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        values = [Double](repeating: value, count: rows * columns)
    }

    /// A matrix from its elements in row-major order.
    /// - Precondition: `values.count == rows · columns`.
    public init(rows: Int, columns: Int, values: [Double]) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        precondition(values.count == rows * columns, "a matrix needs rows · columns values")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// The rows × columns matrix of zeros.
    public static func zeros(rows: Int, columns: Int) -> Matrix {
        Matrix(rows: rows, columns: columns, repeating: 0)
    }

    /// Element (i, j).
    @inlinable
    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "matrix index out of range")
            return values[row * columns + column]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "matrix index out of range")
            self[flat: row * columns + column] = newValue
        }
    }

    /// Element k of the storage, (⌊k/columns⌋, k mod columns): for loops over every element
    /// whatever the shape.
    @usableFromInline
    package subscript(flat index: Int) -> Double {
        get { values[index] }
        set { values[index] = newValue }
    }

    /// Runs `body` on the storage, for loops that write every element in place; the buffer
    /// cannot be replaced, so the shape stays right.
    package mutating func withUnsafeMutableElements<Result>(
        _ body: (UnsafeMutableBufferPointer<Double>) throws -> Result
    ) rethrows -> Result {
        try values.withUnsafeMutableBufferPointer { try body($0) }
    }

    /// Makes the matrix rows × columns, to be overwritten: a matrix that already has the shape
    /// keeps its storage (and elements), any other becomes a new matrix of zeros. Every function
    /// that writes its result into an existing matrix starts with this, so that one reused with
    /// the same shape, as a training loop reuses its batches and gradients, never allocates.
    mutating func reshape(rows: Int, columns: Int) {
        if self.rows != rows || self.columns != columns { self = .zeros(rows: rows, columns: columns) }
    }

    /// B ← A, into B's storage (made the shape of A if it is not).
    func copy(into destination: inout Matrix) {
        destination.reshape(rows: rows, columns: columns)
        destination.withUnsafeMutableElements { b in
            values.withUnsafeBufferPointer { a in _ = b.update(fromContentsOf: a) }
        }
    }

    /// The 0 × 0 matrix, which holds no storage: what a matrix to be written later starts as.
    static let empty = Matrix.zeros(rows: 0, columns: 0)

    /// (rows, columns), for comparing shapes.
    public var shape: (rows: Int, columns: Int) { (rows, columns) }

    /// Aᵀ, with (Aᵀ)ᵢⱼ = Aⱼᵢ.
    public var transposed: Matrix {
        var result = [Double](repeating: 0, count: values.count)
        let (m, n) = (rows, columns)
        values.withUnsafeBufferPointer { a in
            result.withUnsafeMutableBufferPointer { t in
                for i in 0..<m {
                    for j in 0..<n { t[j * m + i] = a[i * n + j] }
                }
            }
        }
        return Matrix(rows: columns, columns: rows, values: result)
    }

    /// The matrix f(A) applied element by element.
    public func map(_ transform: (Double) -> Double) -> Matrix {
        var result = Matrix.zeros(rows: 0, columns: 0)
        map(into: &result, transform)
        return result
    }

    /// B ← f(A), `map(_:)` into B's storage (made the shape of A if it is not).
    func map(into result: inout Matrix, _ transform: (Double) -> Double) {
        result.reshape(rows: rows, columns: columns)
        result.withUnsafeMutableElements { b in
            values.withUnsafeBufferPointer { a in
                for i in a.indices { b[i] = transform(a[i]) }
            }
        }
    }

    /// The sum of every element.
    public func sum() -> Double {
        values.reduce(0, +)
    }
}
