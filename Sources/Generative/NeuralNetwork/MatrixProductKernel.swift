// The kernel behind `matmul`, `matmulTransposedLeft` and `matmulTransposedRight`.
//
// C is computed in tiles of 4 rows × 4 columns held in registers (four SIMD4<Double>
// accumulators): for every k, the four aᵢₖ of the tile's rows each multiply the same four
// b_kj and are added to their row's accumulator. Each element of C thus stays in a register
// for its whole sum over k, instead of being loaded and stored once per k as in a row-by-row
// (axpy) loop, and each loaded b_kj serves four rows, so the loop is bound by arithmetic,
// not by memory. The sum over k runs in increasing order from zero for every element, with
// each product rounded, exactly as the naive triple loop: tiling changes the order in which
// elements are computed, never the order of one element's additions.
//
// The 4 columns of B a tile needs are first copied, for all k, into a contiguous panel
// (`packPanel`): read in place they would lie p doubles apart, one cache line each, and for a
// 256-wide B rows 2 KiB apart fall into the same few cache sets. The panel is reused by every
// row tile, and a narrow last panel is padded with zeros whose products are never stored.

/// An operand of a product seen through strides: element (i, k) is
/// `base[i·rowStride + k·columnStride]`, so a transposed matrix is the same storage with its
/// strides swapped.
struct StridedMatrix {
    let base: UnsafePointer<Double>
    let rowStride: Int
    let columnStride: Int

    init(_ base: UnsafePointer<Double>, rowStride: Int, columnStride: Int) {
        self.base = base
        self.rowStride = rowStride
        self.columnStride = columnStride
    }

    @inline(__always)
    subscript(row: Int, column: Int) -> Double {
        base[row &* rowStride &+ column &* columnStride]
    }
}

/// The width of a tile and of a panel, in columns of C.
private let panelWidth = 4

/// C = A·B for n × m and m × p operands, into the n × p row-major storage `c`, which is
/// entirely overwritten.
func multiply(
    _ a: StridedMatrix, _ b: StridedMatrix, n: Int, m: Int, p: Int, into c: UnsafeMutablePointer<Double>
) {
    withUnsafeTemporaryAllocation(of: SIMD4<Double>.self, capacity: m) { panel in
        let panel = panel.baseAddress!
        var j = 0
        while j < p {
            let width = min(panelWidth, p &- j)
            packPanel(b, column: j, width: width, depth: m, into: panel)
            var i = 0
            while i &+ 4 <= n {
                fourRows(a, row: i, panel, depth: m, into: c + (i &* p &+ j), stride: p, width: width)
                i &+= 4
            }
            while i < n {
                oneRow(a, row: i, panel, depth: m, into: c + (i &* p &+ j), width: width)
                i &+= 1
            }
            j &+= panelWidth
        }
    }
}

/// Copies columns j ..< j + width of B (m × p) into `panel`, one SIMD4 per k, with zeros
/// beyond `width`.
@inline(__always)
private func packPanel(
    _ b: StridedMatrix, column j: Int, width: Int, depth m: Int, into panel: UnsafeMutablePointer<SIMD4<Double>>
) {
    if width == panelWidth {
        for k in 0..<m {
            panel[k] = SIMD4(b[k, j], b[k, j &+ 1], b[k, j &+ 2], b[k, j &+ 3])
        }
    } else {
        for k in 0..<m {
            var column = SIMD4<Double>()
            for jj in 0..<width { column[jj] = b[k, j &+ jj] }
            panel[k] = column
        }
    }
}

/// Rows i ..< i + 4 of C against one panel: four accumulators, each the running sum over k
/// of aᵢₖ times the panel's row k.
@inline(__always)
private func fourRows(
    _ a: StridedMatrix, row i: Int, _ panel: UnsafePointer<SIMD4<Double>>, depth m: Int,
    into c: UnsafeMutablePointer<Double>, stride p: Int, width: Int
) {
    var (c0, c1, c2, c3) = (SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>())
    for k in 0..<m {
        let bk = panel[k]
        c0 = c0 + a[i, k] * bk
        c1 = c1 + a[i &+ 1, k] * bk
        c2 = c2 + a[i &+ 2, k] * bk
        c3 = c3 + a[i &+ 3, k] * bk
    }
    store(c0, c, width)
    store(c1, c + p, width)
    store(c2, c + 2 &* p, width)
    store(c3, c + 3 &* p, width)
}

/// Row i of C against one panel, for the rows left over after the tiles of four.
@inline(__always)
private func oneRow(
    _ a: StridedMatrix, row i: Int, _ panel: UnsafePointer<SIMD4<Double>>, depth m: Int,
    into c: UnsafeMutablePointer<Double>, width: Int
) {
    var c0 = SIMD4<Double>()
    for k in 0..<m { c0 = c0 + a[i, k] * panel[k] }
    store(c0, c, width)
}

/// The first `width` lanes of `row` into c[0 ..< width].
@inline(__always)
private func store(_ row: SIMD4<Double>, _ c: UnsafeMutablePointer<Double>, _ width: Int) {
    if width == panelWidth {
        UnsafeMutableRawPointer(c).storeBytes(of: row, as: SIMD4<Double>.self)
    } else {
        for jj in 0..<width { c[jj] = row[jj] }
    }
}
