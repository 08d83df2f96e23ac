import Foundation

/// What a finished process reported: its exit status and its standard output and error together.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var output: String
}

/// Runs `executable` with `arguments` (in `directory`, if given) and waits for it.
public func runProcess(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, output: output)
}

/// Places the tests need: the package's top folder and the folder of the built products.
public enum TestPaths {
    /// The package's top folder (this file is Tests/TestSupport/ChildProcess.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder holding the test binary, and with it every product of the same build.
    public static let products = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent()

    /// A new, empty temporary folder.
    public static func temporaryFolder(_ prefix: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
