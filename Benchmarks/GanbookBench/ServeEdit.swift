import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// "Prose edit → page" and "cell edit → page" under `ganbook serve`: the wall-clock time from
/// writing an edited chapter 3 to the moment the server answers for its page with the new
/// text (a prose line) or the new output (a cell's, after the chapter's compile and run).
/// That is the time an open page waits before its reload can show the edit; the reload itself
/// (a WebSocket message and a page load from this machine) adds a few milliseconds more.
///
/// The server runs on a copy of `chapters/` with a cache folder of its own, on a free port of
/// the loopback address, and is stopped (SIGINT) at the end.
struct ServeEdit {
    static let chapter = "03-transform-method"
    static let proseLine = "A sentence the benchmark adds while the book is served."
    /// The first cell prints the mean of 1 + 0.5z; a new seed changes the digits it prints.
    static let cellLine = (old: "var generator = Xoshiro256StarStar(seed: 3)", new: "var generator = Xoshiro256StarStar(seed: 11)")

    var proseSeconds: Double
    var cellSeconds: Double
    var succeeded: Bool

    init(ganbook: String) throws {
        let fileManager = FileManager.default
        let folder = fileManager.temporaryDirectory.appending(path: "ganbook-bench-serve-\(getpid())")
        let chapters = folder.appending(path: "chapters"), file = chapters.appending(path: Self.chapter + ".md")
        try? fileManager.removeItem(at: folder)
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: folder) }
        try fileManager.copyItem(at: URL(fileURLWithPath: "chapters", isDirectory: true), to: chapters)

        let port = 18_000 + Int(getpid() % 1000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: ganbook)
        server.arguments = ["serve", "--port", "\(port)", "--chapters", chapters.path, "--cache", folder.appending(path: "cache").path]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            kill(server.processIdentifier, SIGINT)
            server.waitUntilExit()
        }
        let page = URL(string: "http://127.0.0.1:\(port)/\(Self.chapter).html")!
        // The first build compiles and runs every chapter.
        guard Self.wait(for: page, toContain: "transform", limit: 600) != nil else {
            throw BenchError("ganbook serve did not serve \(page) within 600 s")
        }

        var text = try String(contentsOf: file, encoding: .utf8)
        guard let titleEnd = text.firstIndex(of: "\n"), text.contains(Self.cellLine.old) else {
            throw BenchError("\(file.path) is not as the benchmark expects")
        }
        text.insert(contentsOf: "\n\n" + Self.proseLine, at: titleEnd)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let prose = Self.wait(for: page, toContain: Self.proseLine, limit: 60)

        let before = Self.fetch(page) ?? ""
        try text.replacingOccurrences(of: Self.cellLine.old, with: Self.cellLine.new).write(to: file, atomically: true, encoding: .utf8)
        let cell = Self.wait(for: page, limit: 120) { $0.contains(Self.proseLine) && $0 != before && $0.contains("seed: 11") }
        proseSeconds = prose ?? .infinity
        cellSeconds = cell ?? .infinity
        succeeded = prose != nil && cell != nil
    }

    /// Seconds until `page` answers with text containing `needle`, asked every 20 ms; nil
    /// after `limit` seconds.
    static func wait(for page: URL, toContain needle: String, limit: Double) -> Double? {
        wait(for: page, limit: limit) { $0.contains(needle) }
    }

    static func wait(for page: URL, limit: Double, until done: (String) -> Bool) -> Double? {
        let start = ContinuousClock.now
        while (ContinuousClock.now - start).seconds < limit {
            if let body = fetch(page), done(body) { return (ContinuousClock.now - start).seconds }
            usleep(20_000)
        }
        return nil
    }

    /// The page's text, or nil when the server does not answer with 200.
    static func fetch(_ page: URL) -> String? {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var body: String?
        let task = URLSession.shared.dataTask(with: page) { data, response, _ in
            if (response as? HTTPURLResponse)?.statusCode == 200, let data { body = String(decoding: data, as: UTF8.self) }
            done.signal()
        }
        task.resume()
        done.wait()
        return body
    }
}
