import Generative
import Testing

/// A rows × columns matrix of uniforms on (−1, 1).
func randomMatrix(_ rows: Int, _ columns: Int, _ generator: inout Xoshiro256StarStar) -> Matrix {
    Matrix(rows: rows, columns: columns, values: (0..<rows * columns).map { _ in 2 * generator.nextUniform() - 1 })
}

@Suite struct NeuralNetworkMatrixTests {
    /// The last two shapes are large enough to be cut into column ranges computed on
    /// several threads (one of them not a whole number of panels).
    @Test(arguments: [(3, 5, 7), (1, 4, 2), (6, 1, 3), (17, 9, 33), (5, 11, 4), (2, 0, 3), (64, 256, 256), (70, 300, 75)])
    func productsEqualTheReferenceTripleLoopBitForBit(shape: (Int, Int, Int)) {
        let (n, m, p) = shape
        var rng = Xoshiro256StarStar(seed: 7)
        let a = randomMatrix(n, m, &rng)
        let b = randomMatrix(m, p, &rng)
        let expected = Reference.product(a, b)
        #expect(matmul(a, b).shape == (n, p))
        #expect(matmul(a, b) == expected)
        #expect(matmulTransposedLeft(a.transposed, b) == expected)
        #expect(matmulTransposedRight(a, b.transposed) == expected)
    }

    @Test func transposeAndReductions() {
        let a = Matrix(rows: 2, columns: 3, values: [1, 2, 3, 4, 5, 6])
        #expect(a.transposed == Matrix(rows: 3, columns: 2, values: [1, 4, 2, 5, 3, 6]))
        #expect(a.transposed.transposed == a)
        #expect(a.columnSums() == Matrix(rows: 1, columns: 3, values: [5, 7, 9]))
        #expect(a.rowSums() == Matrix(rows: 2, columns: 1, values: [6, 15]))
        #expect(a.addingToEachRow(Matrix(rows: 1, columns: 3, values: [10, 20, 30]))
            == Matrix(rows: 2, columns: 3, values: [11, 22, 33, 14, 25, 36]))
    }

    /// The bias row added to every row, and the column sums of a bias gradient, are the plain
    /// loops' bits: each column summed in row order from zero, whatever the vector width the
    /// compiler chose (shapes narrower than, between and wider than a vector).
    @Test(arguments: [(1, 1), (7, 1), (1, 9), (5, 13), (33, 3), (64, 256)])
    func biasRowsAndColumnSumsEqualThePlainLoops(shape: (Int, Int)) {
        let (rows, columns) = shape
        var rng = Xoshiro256StarStar(seed: 31)
        let a = randomMatrix(rows, columns, &rng)
        let bias = randomMatrix(1, columns, &rng)
        var sums = [Double](repeating: 0, count: columns)
        var shifted = a.values
        for i in 0..<rows {
            for j in 0..<columns {
                sums[j] += a[i, j]
                shifted[i * columns + j] += bias[0, j]
            }
        }
        #expect(a.columnSums().values.map(\.bitPattern) == sums.map(\.bitPattern))
        #expect(a.addingToEachRow(bias).values.map(\.bitPattern) == shifted.map(\.bitPattern))
    }

    @Test func elementwiseArithmetic() {
        let a = Matrix(rows: 2, columns: 2, values: [1, 2, 3, 4])
        let b = Matrix(rows: 2, columns: 2, values: [5, 6, 7, 8])
        #expect(a + b == Matrix(rows: 2, columns: 2, values: [6, 8, 10, 12]))
        #expect(b - a == Matrix(rows: 2, columns: 2, repeating: 4))
        #expect(2 * a == Matrix(rows: 2, columns: 2, values: [2, 4, 6, 8]))
        #expect(Matrix.hadamard(a, b) == Matrix(rows: 2, columns: 2, values: [5, 12, 21, 32]))
        #expect(a.sum() == 10)
    }
}
