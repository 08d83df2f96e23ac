/// A `Double`, or a SIMD vector of them: the arithmetic of a rational function, lane by lane.
///
/// A formula written once over `DoubleLanes` evaluates one argument or several at once and
/// gives the same bits in every lane, because each operator is the same single IEEE
/// operation in each lane: +, −, × and ÷ are correctly rounded, and Swift neither fuses a
/// multiplication into an addition nor reorders them.
protocol DoubleLanes {
    static func + (lhs: Self, rhs: Double) -> Self
    static func - (lhs: Double, rhs: Self) -> Self
    static func * (lhs: Double, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Self) -> Self
    static func / (lhs: Self, rhs: Self) -> Self
}

extension Double: DoubleLanes {}
extension SIMD8: DoubleLanes where Scalar == Double {}
