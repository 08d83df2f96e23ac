import FlyingFox
import Foundation

/// Answers requests with the files of the site folder, and with 404 for anything else: a path
/// with `..` (also percent-encoded, which FlyingFox decodes after removing dot segments), or
/// one that leads out of the folder through a symbolic link. HTML pages get the live script.
struct SiteFiles: HTTPHandler {
    /// The site folder, its symbolic links resolved, so a resolved file's path starts with it.
    var root: URL
    var channel: LiveChannel

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let file = location(of: request.path) else { return HTTPResponse(statusCode: .notFound) }
        let type = Self.contentTypes[file.pathExtension] ?? "application/octet-stream"
        let version = channel.state.version
        // Until the first site of this session is written, the folder may hold none, or an older one.
        if version == 0, type.hasPrefix("text/html") {
            return response(type: type, body: Data(Self.withLiveScript(Self.placeholder, version: 0).utf8))
        }
        let resolved = file.resolvingSymlinksInPath()
        var isFolder: ObjCBool = false
        guard resolved.path.hasPrefix(root.path + "/"),
              FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFolder), !isFolder.boolValue
        else { return HTTPResponse(statusCode: .notFound) }
        guard type.hasPrefix("text/html") else { return response(type: type, body: try Data(contentsOf: resolved)) }
        let page = try String(contentsOf: resolved, encoding: .utf8)
        return response(type: type, body: Data(Self.withLiveScript(page, version: version).utf8))
    }

    /// Where under `root` the request's `path` points (`index.html` for a folder), or nil for
    /// a path that steps out of it; whether the file is there, and where its links lead, is
    /// checked on the resolved path.
    func location(of path: String) -> URL? {
        let components = path.split(separator: "/")
        guard !components.contains(where: { $0 == ".." || $0 == "." || $0.contains("\\") }) else { return nil }
        let url = components.reduce(root) { $0.appending(path: String($1)) }
        return path.hasSuffix("/") || components.isEmpty ? url.appending(path: "index.html") : url
    }

    private func response(type: String, body: Data) -> HTTPResponse {
        // Every rebuild changes the files, so the browser must ask again each time.
        HTTPResponse(statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: body)
    }

    /// Adds the script that connects the page to the preview, just before `</body>`.
    static func withLiveScript(_ page: String, version: Int) -> String {
        let script = "<script src=\"/\(LiveRoutes.script)\" data-version=\"\(version)\"></script>\n"
        guard let end = page.range(of: "</body>", options: .backwards) else { return page + script }
        return page.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script)
    }

    /// Served for every page until the first site is written.
    static let placeholder = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Building the book…</title></head>
        <body><p>Building the book…</p></body></html>
        """

    static let contentTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "json": "application/json", "svg": "image/svg+xml",
        "woff2": "font/woff2", "png": "image/png", "txt": "text/plain; charset=utf-8",
    ]
}

/// The preview's own paths, beside the site's files.
enum LiveRoutes {
    static let socket = "_ganbook/live"
    static let script = "_ganbook/live.js"
}
