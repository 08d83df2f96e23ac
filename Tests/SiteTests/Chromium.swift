import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Headless Chromium, driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`):
/// Chromium reads commands on its file descriptor 3 and writes responses and events on 4, each
/// message a JSON object followed by a NUL byte. A pipe needs no port and no network, and the
/// protocol can do what the command line cannot: lay a page out exactly 390 pixels wide (a
/// window is at least 500), switch the colour scheme, catch every script error, and capture
/// the whole page.
///
/// Chromium runs in a process group of its own, which `close()` ends whole, so no renderer is
/// left behind even if the browser hangs. Several threads may send commands at once (each
/// driving its own tab); replies are matched to commands by id.
final class Chromium: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A message from Chromium: a response to a command (with `id`) or an event (with `method`).
    typealias Message = [String: Any]

    private let pid: pid_t
    private let commands: Int32
    private let replies: Int32
    private let profile: URL
    private let condition = NSCondition()
    private let writing = NSLock()
    private var responses: [Int: Message] = [:]
    private var events: [Message] = []
    private var ended = false
    private var nextID = 1
    /// Seconds to wait for any one reply. Generous: the machine may be busy with other builds.
    var timeout: Double = 120

    /// The browser: `$CHROMIUM`, or Debian's `chromium`.
    static func executable() -> URL? {
        let candidates = [ProcessInfo.processInfo.environment["CHROMIUM"], "/usr/bin/chromium",
                          "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map { URL(fileURLWithPath: $0) }
    }

    init(executable: URL) throws {
        profile = FileManager.default.temporaryDirectory.appending(path: "site-check-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let toChromium = try Self.pipe(), fromChromium = try Self.pipe()
        let arguments = [
            executable.path, "--headless", "--no-sandbox", "--remote-debugging-pipe",
            "--user-data-dir=\(profile.path)", "--no-first-run", "--no-default-browser-check",
            "--disable-gpu", "--disable-extensions", "--disable-background-networking", "--disable-sync",
            "--disable-component-update", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
            "--force-color-profile=srgb", "--font-render-hinting=none", "--no-proxy-server",
            "--disable-features=Translate,MediaRouter,OptimizationHints,DialMediaRouteProvider",
            "about:blank",
        ]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChromium.read, 3)
        posix_spawn_file_actions_adddup2(&actions, fromChromium.write, 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let log = profile.appending(path: "chromium.log").path
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable.path, &actions, &attributes, argv, environ)
        Glibc.close(toChromium.read)
        Glibc.close(fromChromium.write)
        guard status == 0 else {
            Glibc.close(toChromium.write)
            Glibc.close(fromChromium.read)
            throw Failure("could not start \(executable.path): \(String(cString: strerror(status)))")
        }
        pid = child
        commands = toChromium.write
        replies = fromChromium.read
        Thread.detachNewThread { [self] in readReplies() }
    }

    /// A pipe whose ends are above the descriptors the child is given (3 and 4) and closed on
    /// exec, so the child holds only the two ends it is meant to.
    private static func pipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { throw Failure("pipe() failed: \(String(cString: strerror(errno)))") }
        let read = fcntl(ends[0], F_DUPFD_CLOEXEC, 10), write = fcntl(ends[1], F_DUPFD_CLOEXEC, 10)
        Glibc.close(ends[0])
        Glibc.close(ends[1])
        return (read, write)
    }

    /// Reads messages until Chromium closes its end. Only new bytes are searched for the NUL
    /// that ends a message: a screenshot is megabytes long and arrives in small pieces.
    private func readReplies() {
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var pending: [UInt8] = []
        while true {
            let count = read(replies, &chunk, chunk.count)
            if count <= 0 { break }
            var start = 0
            while let end = chunk[start..<count].firstIndex(of: 0) {
                pending += chunk[start..<end]
                deliver(pending)
                pending.removeAll(keepingCapacity: true)
                start = end + 1
            }
            pending += chunk[start..<count]
        }
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
    }

    private func deliver(_ bytes: [UInt8]) {
        guard let message = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? Message else { return }
        condition.lock()
        if let id = message["id"] as? Int { responses[id] = message } else { events.append(message) }
        condition.broadcast()
        condition.unlock()
    }

    /// Sends a command and waits for its result; a protocol error or no reply in time throws.
    @discardableResult
    func send(_ method: String, _ parameters: [String: Any] = [:], session: String? = nil) throws -> Message {
        condition.lock()
        let id = nextID
        nextID += 1
        condition.unlock()
        var message: Message = ["id": id, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        // A message longer than the pipe's atomic size could interleave with another thread's.
        writing.lock()
        defer { writing.unlock() }
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(commands, raw.baseAddress! + offset, raw.count - offset)
                guard written > 0 else { throw Failure("Chromium stopped reading commands (\(method))") }
                offset += written
            }
        }
        let reply = try wait(for: "the reply to \(method)") { responses.removeValue(forKey: id) }
        if let error = reply["error"] as? Message {
            throw Failure("\(method) failed: \(error["message"] ?? error)")
        }
        return reply["result"] as? Message ?? [:]
    }

    /// The number of events received so far, to wait for or read the ones that come after.
    var eventCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return events.count
    }

    /// The events received since `start` (an earlier `eventCount`) for `session`.
    func events(since start: Int, session: String) -> [Message] {
        condition.lock()
        defer { condition.unlock() }
        return events[start...].filter { $0["sessionId"] as? String == session }
    }

    /// Waits for the event `method` of `session` that arrives after `start`.
    @discardableResult
    func waitForEvent(_ method: String, session: String, since start: Int) throws -> Message {
        try wait(for: method) {
            events[start...].first { $0["method"] as? String == method && $0["sessionId"] as? String == session }
        }
    }

    private func wait<T>(for what: String, _ found: () -> T?) throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let value = found() { return value }
            if ended { throw Failure("Chromium exited while waiting for \(what); see \(profile.path)/chromium.log") }
            if !condition.wait(until: deadline) {
                throw Failure("no \(what) from Chromium within \(Int(timeout)) s")
            }
        }
    }

    /// Ends the browser and every process it started, and removes its profile.
    func close() {
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        _ = try? wait(for: "the end of its output") { ended ? true : nil }
        Glibc.close(commands)
        Glibc.close(replies)
        try? FileManager.default.removeItem(at: profile)
    }
}
