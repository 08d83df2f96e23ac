import Foundation

/// Writes the static site: one page per chapter (the first is the front page, `index.html`,
/// closing with the contents), the theme and KaTeX.
///
/// Everything is written to a fresh folder beside the destination and moved into place only
/// when all of it is written, so a failure leaves the previous site as it was.
public struct SiteWriter: Sendable {
    /// One rendered chapter.
    public struct Page: Sendable {
        public var chapter: Chapter
        public var body: String
        public init(chapter: Chapter, body: String) {
            self.chapter = chapter
            self.body = body
        }
    }

    /// The first chapter is the site's front page, `index.html`; the others are `NN-slug.html`.
    static func fileName(_ pages: [Page], _ position: Int) -> String {
        position == 0 ? "index.html" : pages[position].chapter.name + ".html"
    }

    public var bookTitle: String
    /// Debian's libjs-katex folder, holding katex.min.js, katex.min.css and fonts/.
    public var katexDirectory: URL

    public init(bookTitle: String, katexDirectory: URL) {
        self.bookTitle = bookTitle
        self.katexDirectory = katexDirectory
    }

    /// The file that marks a folder as a site this writer made, and so may replace whole.
    static let marker = ".ganbook-site"

    public func write(_ pages: [Page], to destination: URL) throws {
        try requireReplaceable(destination)
        let theme = try Theme.load()
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let staging = parent.appending(path: ".\(destination.lastPathComponent).partial-\(getpid())")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging.appending(path: "assets/katex/fonts"), withIntermediateDirectories: true)
        do {
            try "This folder is written by ganbook build, which replaces it whole.\n"
                .write(to: staging.appending(path: Self.marker), atomically: false, encoding: .utf8)
            try copyKaTeX(to: staging.appending(path: "assets/katex"))
            try theme.stylesheet.write(to: staging.appending(path: "assets/style.css"), atomically: false, encoding: .utf8)
            try theme.script.write(to: staging.appending(path: "assets/book.js"), atomically: false, encoding: .utf8)
            if pages.isEmpty {
                try theme.page(title: bookTitle, bookTitle: bookTitle, navigation: "",
                               content: "<p>This book has no chapters yet.</p>", pager: "")
                    .write(to: staging.appending(path: "index.html"), atomically: false, encoding: .utf8)
            }
            for position in pages.indices {
                let page = pages[position]
                let content = position == 0 ? page.body + contents(pages) : page.body
                let html = theme.page(
                    title: position == 0 ? bookTitle : "\(page.chapter.title) · \(bookTitle)", bookTitle: bookTitle,
                    navigation: navigation(pages, current: position), content: content,
                    pager: pager(pages, position))
                try html.write(to: staging.appending(path: Self.fileName(pages, position)), atomically: false, encoding: .utf8)
            }
            try replace(destination, with: staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
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

    /// Moves `staging` to `destination`, putting the old site aside first and deleting it last.
    private func replace(_ destination: URL, with staging: URL) throws {
        let fileManager = FileManager.default
        let old = destination.deletingLastPathComponent().appending(path: ".\(destination.lastPathComponent).old-\(getpid())")
        let hadOld = fileManager.fileExists(atPath: destination.path)
        if hadOld { try fileManager.moveItem(at: destination, to: old) }
        do {
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            if hadOld { try? fileManager.moveItem(at: old, to: destination) }
            throw error
        }
        if hadOld { try? fileManager.removeItem(at: old) }
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

    private func navigation(_ pages: [Page], current: Int?) -> String {
        let items = pages.enumerated().map { position, page in
            let attributes = position == current ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(Self.fileName(pages, position))\"\(attributes)><span class=\"number\">\(page.chapter.number)</span> "
                + HTML.escape(page.chapter.title) + "</a></li>"
        }
        return "<ol class=\"chapters\">\n" + items.joined(separator: "\n") + "\n</ol>"
    }

    /// The list of chapters closing the front page.
    private func contents(_ pages: [Page]) -> String {
        let items = pages.indices.map { position in
            "<li><a href=\"\(Self.fileName(pages, position))\"><span class=\"number\">\(pages[position].chapter.number)</span> "
                + HTML.escape(pages[position].chapter.title) + "</a></li>"
        }
        return "<h2 id=\"contents\">Contents</h2>\n<ol class=\"toc\">\n" + items.joined(separator: "\n") + "\n</ol>\n"
    }

    private func pager(_ pages: [Page], _ position: Int) -> String {
        var links: [String] = []
        if position > 0 {
            let page = pages[position - 1]
            links.append("<a class=\"previous\" rel=\"prev\" href=\"\(Self.fileName(pages, position - 1))\">← \(HTML.escape(page.chapter.title))</a>")
        }
        if position + 1 < pages.count {
            let page = pages[position + 1]
            links.append("<a class=\"next\" rel=\"next\" href=\"\(Self.fileName(pages, position + 1))\">\(HTML.escape(page.chapter.title)) →</a>")
        }
        return links.joined(separator: "\n")
    }
}

/// A problem writing the site, with what to do about it.
public struct SiteError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
