import BookFormat
import Foundation

/// Writes the static site: one page per chapter (the first is the front page, `index.html`,
/// closing with the contents), the whole book on one page (`book.html`), the search index, the
/// theme, KaTeX and highlight.js.
///
/// Everything is written to a fresh folder beside the destination and swapped into place only
/// when all of it is written (see `SiteSwap`), so a failure or a crash leaves the previous site
/// as it was. A destination that is a symbolic link keeps its link: the site is swapped behind
/// it, where it points. Two writers of one destination take turns (see `FolderLock`).
package struct SiteWriter: Sendable {
    /// Debian's libjs-katex folder, holding katex.min.js, katex.min.css and fonts/.
    package var katexDirectory: URL
    /// Debian's libjs-highlight.js folder, holding highlight.min.js (every language, Swift
    /// among them).
    package var highlightDirectory: URL

    package static let defaultKaTeXDirectory = URL(fileURLWithPath: "/usr/share/javascript/katex", isDirectory: true)
    package static let defaultHighlightDirectory = URL(fileURLWithPath: "/usr/share/javascript/highlight.js", isDirectory: true)

    package init(katexDirectory: URL = defaultKaTeXDirectory, highlightDirectory: URL = defaultHighlightDirectory) {
        self.katexDirectory = katexDirectory
        self.highlightDirectory = highlightDirectory
    }

    /// The file that marks a folder as a site this writer made, and so may replace whole.
    static let marker = ".ganbook-site"

    package func write(_ site: BookSite, to requested: URL) throws {
        let destination = try Self.followingLink(requested)
        try requireReplaceable(destination)
        let theme = try Theme.load()
        let files = try site.files(theme: theme)
        let fileManager = FileManager.default
        let lock = try FolderLock(destination.deletingLastPathComponent())
        defer { withExtendedLifetime(lock) {} }
        SiteSwap.sweep(destination)
        let staging = SiteSwap.stagingURL(for: destination)
        try? fileManager.removeItem(at: staging)
        do {
            for folder in ["assets/katex/fonts", "assets/highlight"] {
                try fileManager.createDirectory(at: staging.appending(path: folder), withIntermediateDirectories: true)
            }
            try "This folder is written by ganbook build, which replaces it whole.\n"
                .write(to: staging.appending(path: Self.marker), atomically: false, encoding: .utf8)
            try copyKaTeX(to: staging.appending(path: "assets/katex"))
            try copyHighlight(to: staging.appending(path: "assets/highlight"))
            for asset in theme.assets {
                try asset.text.write(to: staging.appending(path: "assets/" + asset.name), atomically: false, encoding: .utf8)
            }
            for file in files {
                try file.text.write(to: staging.appending(path: file.name), atomically: false, encoding: .utf8)
            }
            try SiteSwap.replace(destination, with: staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    /// Where the site goes: `destination` itself, or the folder it links to, so that the link
    /// (to a web server's folder, say) stays a link.
    static func followingLink(_ destination: URL) throws -> URL {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: destination.path) else {
            return destination
        }
        guard let resolved = realpath(destination.path, nil) else {
            throw SiteError("\(destination.relativePath) is a symbolic link to \(target), which does not exist; "
                + "create that folder, or remove the link to write the site there")
        }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved), isDirectory: true)
    }

    /// A build replaces its destination whole, so it only replaces an empty folder or one an
    /// earlier build wrote: `--output .` or `--output chapters` must never delete anything.
    private func requireReplaceable(_ destination: URL) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: destination.path, isDirectory: &isFolder) else { return }
        if isFolder.boolValue, let contents = try? FileManager.default.contentsOfDirectory(atPath: destination.path),
           contents.isEmpty || contents.contains(Self.marker) { return }
        throw SiteError("\(destination.relativePath) exists and was not written by ganbook build (it has no "
            + "\(Self.marker) file), so it will not be replaced; choose another --output folder")
    }

    private func copyKaTeX(to folder: URL) throws {
        let fileManager = FileManager.default
        let fonts = katexDirectory.appending(path: "fonts").resolvingSymlinksInPath()
        guard fileManager.fileExists(atPath: katexDirectory.appending(path: "katex.min.js").path),
              let fontFiles = try? fileManager.contentsOfDirectory(atPath: fonts.path)
        else {
            throw SiteError("KaTeX was not found in \(katexDirectory.path); install Debian's libjs-katex and "
                + "fonts-katex (apt-get install libjs-katex fonts-katex) or pass --katex DIR")
        }
        // Debian links katex.min.js to katex.js: copy the file, not the link.
        for name in ["katex.min.js", "katex.min.css"] {
            try fileManager.copyItem(at: katexDirectory.appending(path: name).resolvingSymlinksInPath(),
                                     to: folder.appending(path: name))
        }
        // The stylesheet lists woff2 first, which every current browser reads.
        for name in fontFiles.sorted() where name.hasSuffix(".woff2") {
            try fileManager.copyItem(at: fonts.appending(path: name), to: folder.appending(path: "fonts/\(name)"))
        }
    }

    /// Debian's build of highlight.js holds every language it knows in highlight.min.js;
    /// the pages need only Swift, but the file is read once and cached, so it is copied whole.
    private func copyHighlight(to folder: URL) throws {
        let script = highlightDirectory.appending(path: "highlight.min.js").resolvingSymlinksInPath()
        guard FileManager.default.fileExists(atPath: script.path) else {
            throw SiteError("highlight.js was not found in \(highlightDirectory.path); install Debian's "
                + "libjs-highlight.js (apt-get install libjs-highlight.js) or pass --highlight DIR")
        }
        let text = try String(contentsOf: script, encoding: .utf8)
        guard text.contains("registerLanguage(\"swift\"") || text.contains("registerLanguage('swift'") else {
            throw SiteError("\(script.path) has no Swift highlighting; install Debian's libjs-highlight.js, "
                + "whose highlight.min.js holds every language, or pass --highlight DIR")
        }
        try text.write(to: folder.appending(path: "highlight.min.js"), atomically: false, encoding: .utf8)
    }
}

/// A problem writing the site, with what to do about it.
package struct SiteError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}
