import BookFormat
import FlyingFox
import FlyingSocks
import Foundation
import Notebook
import Synchronization

/// `ganbook serve`: the book on a local address, rebuilt as its chapters change, its open
/// pages reloading themselves.
package struct BookServer {
    package var host: String
    package var port: UInt16
    package var chaptersFolder: String
    /// Under `.build` (the cache folder), never the published `site/`.
    package var siteFolder: URL
    package var bookTitle: String
    package var writer: SiteWriter

    package init(host: String, port: UInt16, chaptersFolder: String, siteFolder: URL, bookTitle: String, writer: SiteWriter) {
        self.host = host
        self.port = port
        self.chaptersFolder = chaptersFolder
        self.siteFolder = siteFolder
        self.bookTitle = bookTitle
        self.writer = writer
    }

    /// What the progress reports go to: pass it as the runner's observer.
    package let progress = LiveProgress()

    /// Serves until SIGINT or SIGTERM, then stops the chapter processes it started and exits.
    /// `runChapters` runs chapters through the cache, as the other commands do, reporting to
    /// `progress`. Throws when the server cannot start.
    package func run(runChapters: @escaping ([Chapter]) -> [ChapterRun]) throws -> Never {
        let shutdown = ShutdownSignals()
        try FileManager.default.createDirectory(at: siteFolder, withIntermediateDirectories: true)
        let channel = progress.channel
        let server = try makeServer(channel: channel)
        try start(server)
        Console.line("Serving the book at http://\(host):\(port)/ (Ctrl-C stops it); the site is in \(siteFolder.path)")
        let site = LiveSite(directory: chaptersFolder, bookTitle: bookTitle, writer: writer,
                            folder: siteFolder, runChapters: runChapters)
        LiveLoop(site: site, channel: channel, chaptersFolder: chaptersFolder,
                 librarySources: ["Sources", "Package.swift"].filter { FileManager.default.fileExists(atPath: $0) }).start()
        shutdown.wait()
        ChildProcesses.stopAll()
        Console.line("Stopped.")
        exit(0)
    }

    private func makeServer(channel: LiveChannel) throws -> HTTPServer {
        let address: sockaddr_in
        do { address = try .inet(ip4: host, port: port) } catch {
            throw BookError(["error: --host \(host) is not an IPv4 address, such as 127.0.0.1"], isUsage: true)
        }
        var routes = RoutedHTTPHandler()
        routes.appendRoute(HTTPRoute("GET /\(LiveRoutes.socket)"), to: .webSocket(channel))
        routes.appendRoute(HTTPRoute("GET /\(LiveRoutes.script)")) { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: SiteFiles.contentTypes["js"]!], body: LiveScript.data)
        }
        routes.appendRoute(HTTPRoute("GET,HEAD *"), to: SiteFiles(root: siteFolder.resolvingSymlinksInPath(), channel: channel))
        return HTTPServer(address: address, logger: .disabled, handler: routes)
    }

    /// Starts listening, and waits until it does or cannot.
    private func start(_ server: HTTPServer) throws {
        let started = DispatchSemaphore(value: 0)
        let failure = Mutex<Error?>(nil)
        Task {
            do {
                try await server.run()
            } catch {
                failure.withLock { $0 = error }
                started.signal()
            }
        }
        Task {
            try? await server.waitUntilListening(timeout: 10)
            if await server.isListening { started.signal() }
        }
        started.wait()
        if let error = failure.withLock({ $0 }) {
            if case let SocketError.failed(_, code, _) = error, code == EADDRINUSE {
                throw BookError(["error: \(host):\(port) is in use (another ganbook serve?); choose another port with --port"])
            }
            throw BookError(["error: cannot serve on \(host):\(port): \(error.localizedDescription)"])
        }
    }
}
