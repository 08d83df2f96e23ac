import Foundation

/// A child process started but not yet waited for, with extra environment variables: for
/// tests that act while it runs (hold a lock it needs) or steer it (`GANBOOK_CRASH_AT`).
public final class RunningProcess {
    private let process = Process()
    private let pipe = Pipe()

    public init(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
    }

    /// Waits for the process and returns its status (128 + the signal if one ended it) and output.
    public func finish() -> ProcessResult {
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return ProcessResult(status: status, output: output)
    }
}
