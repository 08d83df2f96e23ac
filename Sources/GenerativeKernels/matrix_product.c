// The matrix product, C = A·B, built once per instruction set (see instruction_sets.h).
//
// C is computed in tiles of GK_TILE_ROWS rows × GK_TILE_VECTORS vectors of columns, held in
// registers: for every k, each a_ik of the tile's rows is broadcast, multiplied by the
// tile's vectors of b_kj and added to its row's accumulators. Each element of C thus stays
// in a register for its whole sum over k, and each loaded b_kj serves every row of the
// tile, so the loop is bound by arithmetic, not by memory.
//
// Every element is the sum over k in increasing order from zero of fused multiply-adds,
//
//     c_ij ← fma(a_ik, b_kj, c_ij)   for k = 0, 1, …, m − 1, from c_ij = 0,
//
// one rounding per step, exactly as the triple loop `Reference.product` (Swift's
// `addingProduct`). IEEE 754 fma is correctly rounded, so the AVX2 and AVX-512 builds'
// hardware FMA and the portable build's call of the C library's fma() (SSE2 has no FMA
// instruction; glibc picks the fastest exact version at run time) give the same bits. Tiling
// and vector width change the order in which elements are computed, never the order of one
// element's steps.
//
// The columns of B that a tile needs form a panel, panel_width doubles for each k. In a
// row-major B they already are two contiguous vectors per k, read in place (the rows p
// doubles apart, which the hardware prefetcher follows): copying them would cost a pass over
// B for every panel. A transposed B's columns lie m doubles apart, one cache line each, and
// are first copied into a contiguous panel, as is a narrow last panel, padded with zeros
// whose products are never stored. The copied panel is reused by every row tile; it lives on the stack and holds GK_PANEL_DEPTH values of k, so that
// the kernel allocates nothing (the training step performs no heap allocation) and the panel
// stays in the first-level cache: a deeper sum runs in blocks of k, each block after the
// first resuming from the partial sums the previous one stored in C. A double stored and
// reloaded is the same double, so each element's steps stay one chain in increasing k.

#ifdef GK_BUILD

// Each build has helpers of its own.
#define load_vector GK_BUILD(load_vector)
#define splat GK_BUILD(splat)
#define pack_panel GK_BUILD(pack_panel)
#define multiply_tile GK_BUILD(multiply_tile)
#define multiply_panel GK_BUILD(multiply_panel)

_Static_assert(GK_TILE_VECTORS == 2, "gk_multiply handles tiles one or two vectors wide");
_Static_assert(GK_TILE_VECTORS * vector_lanes <= GK_WIDEST_PANEL,
               "GK_WIDEST_PANEL must be the widest panel of every build");

/// The columns of B that one panel holds.
#define panel_width (GK_TILE_VECTORS * vector_lanes)

/// The values of k that one panel holds: 256 × 16 doubles, 32 KiB, for AVX-512's panels.
#define GK_PANEL_DEPTH 256

static inline gk_vector load_vector(const double *p) {
    gk_vector v;
    memcpy(&v, p, sizeof v);
    return v;
}

/// A vector with x in every lane. Not `(gk_vector){0} + x`: that is an IEEE addition (it
/// turns −0 into +0), which the compiler must perform before broadcasting, a scalar add and a
/// shuffle per broadcast; filled lane by lane, it becomes one broadcast load.
static inline gk_vector splat(double x) {
    gk_vector v;
    for (int l = 0; l < vector_lanes; l++) v[l] = x;
    return v;
}

/// Copies columns j ..< j + width of B, for k = 0 ..< m, into `panel`, panel_width doubles
/// per k, with zeros beyond `width`.
static void pack_panel(
    const double *b, ptrdiff_t row_stride, ptrdiff_t column_stride,
    ptrdiff_t j, ptrdiff_t width, ptrdiff_t m, double *panel)
{
    for (ptrdiff_t k = 0; k < m; k++) {
        const double *row = b + k * row_stride + j * column_stride;
        double *packed = panel + k * panel_width;
        ptrdiff_t jj = 0;
        for (; jj < width; jj++) packed[jj] = row[jj * column_stride];
        for (; jj < panel_width; jj++) packed[jj] = 0;
    }
}

/// Rows i ..< i + rows of C against one panel, `vectors` ≤ GK_TILE_VECTORS vectors wide, its
/// rows of k `panel_stride` doubles apart, of which the first `width` columns are stored: the sums start from zero if `resume` is 0,
/// otherwise from the partial sums C holds. Always inlined, so that `rows` and `vectors`
/// are constants and the accumulators live in registers.
static inline __attribute__((always_inline)) void multiply_tile(
    const double *a, ptrdiff_t row_stride, ptrdiff_t column_stride, int rows, int vectors,
    const double *panel, ptrdiff_t panel_stride, ptrdiff_t m, double *c, ptrdiff_t c_row_stride,
    ptrdiff_t width, int resume)
{
    // The sums start in registers as zeros; only a resumed block of k goes through memory,
    // where a narrow tile must not read C beyond its `width` columns.
    gk_vector sums[GK_TILE_ROWS][GK_TILE_VECTORS];
    for (int r = 0; r < rows; r++) {
        for (int v = 0; v < vectors; v++) sums[r][v] = (gk_vector){0};
        if (resume) {
            double row[panel_width] = {0};
            memcpy(row, c + r * c_row_stride, sizeof(double) * width);
            memcpy(sums[r], row, sizeof(gk_vector) * vectors);
        }
    }
    for (ptrdiff_t k = 0; k < m; k++) {
        gk_vector bk[GK_TILE_VECTORS];
        for (int v = 0; v < vectors; v++) bk[v] = load_vector(panel + k * panel_stride + v * vector_lanes);
        for (int r = 0; r < rows; r++) {
            gk_vector ark = splat(a[r * row_stride + k * column_stride]);
            for (int v = 0; v < vectors; v++) sums[r][v] = __builtin_elementwise_fma(ark, bk[v], sums[r][v]);
        }
    }
    for (int r = 0; r < rows; r++) {
        if (width == vectors * vector_lanes) {
            memcpy(c + r * c_row_stride, sums[r], sizeof(gk_vector) * vectors);
        } else {
            double row[panel_width];
            memcpy(row, sums[r], sizeof(gk_vector) * vectors);
            for (ptrdiff_t jj = 0; jj < width; jj++) c[r * c_row_stride + jj] = row[jj];
        }
    }
}

/// All rows of C against one panel `vectors` vectors wide: tiles of GK_TILE_ROWS rows, then
/// the rows left over one at a time.
static inline __attribute__((always_inline)) void multiply_panel(
    const double *a, ptrdiff_t row_stride, ptrdiff_t column_stride, int vectors,
    const double *panel, ptrdiff_t panel_stride, ptrdiff_t n, ptrdiff_t m, double *c, ptrdiff_t c_row_stride,
    ptrdiff_t width, int resume)
{
    ptrdiff_t i = 0;
    for (; i + GK_TILE_ROWS <= n; i += GK_TILE_ROWS)
        multiply_tile(a + i * row_stride, row_stride, column_stride, GK_TILE_ROWS, vectors,
                      panel, panel_stride, m, c + i * c_row_stride, c_row_stride, width, resume);
    for (; i < n; i++)
        multiply_tile(a + i * row_stride, row_stride, column_stride, 1, vectors,
                      panel, panel_stride, m, c + i * c_row_stride, c_row_stride, width, resume);
}

void GK_BUILD(gk_multiply)(
    const double *a, ptrdiff_t a_row_stride, ptrdiff_t a_column_stride,
    const double *b, ptrdiff_t b_row_stride, ptrdiff_t b_column_stride,
    ptrdiff_t n, ptrdiff_t m, ptrdiff_t p, double *c, ptrdiff_t c_row_stride)
{
    _Alignas(64) double panel[GK_PANEL_DEPTH * panel_width];
    for (ptrdiff_t j = 0; j < p; j += panel_width) {
        ptrdiff_t width = p - j < panel_width ? p - j : panel_width;
        // An empty sum (m = 0) is one block of depth zero, which stores the zeros.
        for (ptrdiff_t k0 = 0; k0 == 0 || k0 < m; k0 += GK_PANEL_DEPTH) {
            ptrdiff_t depth = m - k0 < GK_PANEL_DEPTH ? m - k0 : GK_PANEL_DEPTH;
            const double *block = panel;
            ptrdiff_t block_stride = panel_width;
            if (b_column_stride == 1 && width == panel_width) {
                block = b + k0 * b_row_stride + j;
                block_stride = b_row_stride;
            } else {
                pack_panel(b + k0 * b_row_stride, b_row_stride, b_column_stride, j, width, depth, panel);
            }
            const double *a_block = a + k0 * a_column_stride;
            // A last panel of at most one vector's width takes half the arithmetic; the two
            // calls have constant widths, so each is compiled with its accumulators in registers.
            if (width <= vector_lanes)
                multiply_panel(a_block, a_row_stride, a_column_stride, 1, block, block_stride, n, depth,
                               c + j, c_row_stride, width, k0 > 0);
            else
                multiply_panel(a_block, a_row_stride, a_column_stride, 2, block, block_stride, n, depth,
                               c + j, c_row_stride, width, k0 > 0);
        }
    }
}

#undef panel_width
#undef GK_PANEL_DEPTH

#else
#include "instruction_sets.h"
GK_DISPATCH(gk_multiply,
            (const double *a, ptrdiff_t a_row_stride, ptrdiff_t a_column_stride,
             const double *b, ptrdiff_t b_row_stride, ptrdiff_t b_column_stride,
             ptrdiff_t n, ptrdiff_t m, ptrdiff_t p, double *c, ptrdiff_t c_row_stride),
            (a, a_row_stride, a_column_stride, b, b_row_stride, b_column_stride, n, m, p, c, c_row_stride))
#endif
