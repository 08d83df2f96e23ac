import GenerativeKernels

/// The build of the C kernels (matrix products, Gaussian terms, Adam's update) that this
/// process runs: the widest instruction set the processor supports, unless the environment
/// variable GANBOOK_KERNELS names another. `portable` forces the x86-64 baseline, and
/// `reference` runs no C kernel at all but the plain Swift definitions in `Reference`. Every
/// build returns the same bits, so this changes speed only.
public enum KernelBuild: String, CaseIterable, Sendable {
    case portable
    case avx2
    case avx512
    case reference

    /// The build in use, chosen once.
    public static let inUse = KernelBuild(gk_kernels_in_use())

    /// Whether this processor can run the build.
    public var isSupported: Bool { gk_isa_supported(isa) != 0 }

    /// The kernels' name for the build, for calling a build explicitly (`gk_multiply_isa`).
    package var isa: gk_isa {
        switch self {
        case .portable: gk_isa_portable
        case .avx2: gk_isa_avx2
        case .avx512: gk_isa_avx512
        case .reference: gk_isa_reference
        }
    }

    init(_ isa: gk_isa) {
        self = Self.allCases.first { $0.isa == isa } ?? .portable
    }
}
