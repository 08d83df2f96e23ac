import Foundation
import Synchronization
import TestSupport

/// `FixtureBook serve` on a temporary copy of the fixture chapters and a free port, as an
/// author would run `ganbook serve`; its output is collected as it comes.
final class ServedBook: Sendable {
    /// The copy: `<folder>/chapters`, and the cache (with the served site) in `<folder>/cache`.
    let folder: URL
    let port: Int
    let process: Process
    private let collected = Mutex("")

    static let sourceChapters = TestPaths.packageRoot.appending(path: "Tests/FixtureBook/chapters")

    init(timeout: Int) throws {
        folder = try TestPaths.temporaryFolder("served-book")
        try FileManager.default.copyItem(at: Self.sourceChapters, to: folder.appending(path: "chapters"))
        port = try Self.freePort()
        process = Process()
        process.executableURL = TestPaths.products.appending(path: "FixtureBook")
        process.arguments = ["serve", "--port", "\(port)", "--timeout", "\(timeout)", "--cache", folder.appending(path: "cache").path]
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self?.collected.withLock { $0 += text }
        }
        try process.run()
    }

    var output: String { collected.withLock { $0 } }

    var url: URL { URL(string: "http://127.0.0.1:\(port)/")! }

    /// The chapter file `name` (`01-hidden-cell.md`) of the copy.
    func chapter(_ name: String) -> URL { folder.appending(path: "chapters/\(name)") }

    /// Replaces `old` with `new` in a chapter of the copy, as an editor saves it.
    func edit(_ name: String, replacing old: String, with new: String) throws {
        let text = try String(contentsOf: chapter(name), encoding: .utf8)
        precondition(text.contains(old), "\(name) has no '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(to: chapter(name), atomically: true, encoding: .utf8)
    }

    /// Stops the server as Ctrl-C does, and waits for it.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGINT) }
        process.waitUntilExit()
    }

    /// A port nothing listens on now: the system's choice for a socket bound to port 0.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw ServeTestFailure("could not find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

struct ServeTestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Checks `condition` every 100 ms until it holds, for at most `seconds`; returns how long it
/// took, or throws naming `what`, so no test can hang.
@discardableResult
func waitUntil(_ what: String, seconds: Double = 60, _ condition: () throws -> Bool) throws -> Double {
    let start = Date()
    while Date().timeIntervalSince(start) < seconds {
        if try condition() { return Date().timeIntervalSince(start) }
        Thread.sleep(forTimeInterval: 0.1)
    }
    throw ServeTestFailure("waited \(Int(seconds)) s for \(what)")
}
