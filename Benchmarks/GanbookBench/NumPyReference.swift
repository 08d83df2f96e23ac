import Foundation

/// The times `numpy_reference.py` reports, in seconds per iteration: it prints
///
///     numpy 2.4.6 float64
///     gan-step 85821.8 us
///     mmd 96294.3 us
///
/// It is run in float64, the precision of the Swift side (`Double`), with `steps` gan-steps
/// per repetition (and max(20, steps/10) mmd steps), the same five-repetition median.
struct NumPyReference {
    var version: String
    var ganStep: Double
    var mmd: Double

    /// The threads its BLAS is pinned to: one per core, as many as the Swift side's matrix
    /// products use, so that the ratio compares the same hardware; pinned rather than left to
    /// the BLAS, which otherwise sizes its pool by what it detects and whose times then moved
    /// by 2× between runs.
    static let blasThreads = ProcessInfo.processInfo.activeProcessorCount

    /// Runs the reference, its BLAS pinned to `blasThreads` threads, and parses its output.
    init(python: String, script: String, steps: Int) throws {
        let pins = Dictionary(
            uniqueKeysWithValues: ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"].map { ($0, String(Self.blasThreads)) })
        let (status, output) = try runProcess(python, [script, "float64", String(steps)], environment: pins)
        guard status == 0 else { throw BenchError("\(script) exited with status \(status)") }
        var times: [String: Double] = [:]
        var version = "?"
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.first == "numpy", words.count >= 2 { version = String(words[1]) }
            if words.count == 3, words[2] == "us", let microseconds = Double(words[1]) {
                times[String(words[0])] = microseconds * 1e-6
            }
        }
        guard let ganStep = times["gan-step"], let mmd = times["mmd"] else {
            throw BenchError("could not read the times of gan-step and mmd from:\n\(output)")
        }
        (self.version, self.ganStep, self.mmd) = (version, ganStep, mmd)
    }
}

/// Runs `executable` (looked up on PATH) with `arguments` and returns its exit status and its
/// standard output. Its standard error goes to `errors` (this process's own by default), so
/// only one pipe needs draining and the child can never block on a full one. `environment`
/// adds to (or replaces in) this process's environment for the child.
func runProcess(
    _ executable: String, _ arguments: [String], errors: FileHandle = .standardError,
    environment: [String: String] = [:]
) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [executable] + arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// A failure of the benchmark itself (a missing reference, unreadable output).
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
