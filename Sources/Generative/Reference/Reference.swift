/// The plain definitions that the library's fast paths are tested against, and that
/// GANBOOK_KERNELS=reference runs in their place: loops written as the formulas read, one
/// number at a time, in the order the fast paths promise. Where a fast path promises the
/// same bits (the matrix products, the Gaussian terms, Adam's update), its reference gives
/// them; the double-sum MMD² sums in another order and agrees to rounding.
package enum Reference {}
