import Foundation

/// Named steps where a test may make ganbook die on the spot, as a SIGKILL or a power cut
/// would: `GANBOOK_CRASH_AT=<step>` ends the process with `_exit(137)` when it reaches that
/// step, so the crash tests can stop `update` and `build` exactly at each rename and check
/// that what is left on disk is whole. Without the variable a step costs one comparison.
package enum CrashPoint {
    private static let target = ProcessInfo.processInfo.environment["GANBOOK_CRASH_AT"]

    /// Ends the process at once, writing nothing more, if `step` is the one the variable names.
    package static func reach(_ step: String) {
        guard let target, target == step else { return }
        _exit(137)
    }
}
