import Foundation

/// Writes the static site: the index, one page per chapter, the theme and KaTeX.
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
        var fileName: String { chapter.name + ".html" }
    }

    public var bookTitle: String
    /// Debian's libjs-katex folder, holding katex.min.js, katex.min.css and fonts/.
    public var katexDirectory: URL

    public init(bookTitle: String, katexDirectory: URL) {
        self.bookTitle = bookTitle
        self.katexDirectory = katexDirectory
    }

    public func write(_ pages: [Page], to destination: URL) throws {
        let theme = try Theme.load()
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let staging = parent.appending(path: ".\(destination.lastPathComponent).partial-\(getpid())")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging.appending(path: "assets/katex/fonts"), withIntermediateDirectories: true)
        do {
            try copyKaTeX(to: staging.appending(path: "assets/katex"))
            try theme.stylesheet.write(to: staging.appending(path: "assets/style.css"), atomically: false, encoding: .utf8)
            try theme.script.write(to: staging.appending(path: "assets/book.js"), atomically: false, encoding: .utf8)
            try theme.page(title: bookTitle, bookTitle: bookTitle, navigation: navigation(pages, current: nil),
                           content: index(pages), pager: "")
                .write(to: staging.appending(path: "index.html"), atomically: false, encoding: .utf8)
            for (position, page) in pages.enumerated() {
                let html = theme.page(
                    title: "\(page.chapter.title) · \(bookTitle)", bookTitle: bookTitle,
                    navigation: navigation(pages, current: position), content: page.body,
                    pager: pager(pages, position))
                try html.write(to: staging.appending(path: page.fileName), atomically: false, encoding: .utf8)
            }
            try replace(destination, with: staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
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
            return "<li><a href=\"\(page.fileName)\"\(attributes)><span class=\"number\">\(page.chapter.number)</span> "
                + HTML.escape(page.chapter.title) + "</a></li>"
        }
        return "<ol class=\"chapters\">\n" + items.joined(separator: "\n") + "\n</ol>"
    }

    private func index(_ pages: [Page]) -> String {
        let items = pages.map { page in
            "<li><a href=\"\(page.fileName)\"><span class=\"number\">\(page.chapter.number)</span> "
                + HTML.escape(page.chapter.title) + "</a></li>"
        }
        return "<h1>\(HTML.escape(bookTitle))</h1>\n<p class=\"lead\">A runnable book: every number and figure "
            + "on these pages was computed by the Swift code beside it when the book was built.</p>\n"
            + "<h2 id=\"contents\">Contents</h2>\n<ol class=\"toc\">\n" + items.joined(separator: "\n") + "\n</ol>"
    }

    private func pager(_ pages: [Page], _ position: Int) -> String {
        var links: [String] = []
        if position > 0 {
            let page = pages[position - 1]
            links.append("<a class=\"previous\" rel=\"prev\" href=\"\(page.fileName)\">← \(HTML.escape(page.chapter.title))</a>")
        }
        if position + 1 < pages.count {
            let page = pages[position + 1]
            links.append("<a class=\"next\" rel=\"next\" href=\"\(page.fileName)\">\(HTML.escape(page.chapter.title)) →</a>")
        }
        return links.joined(separator: "\n")
    }
}

/// A problem writing the site, with what to do about it.
public struct SiteError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
