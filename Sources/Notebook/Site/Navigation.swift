import BookFormat
import MarkupEscaping

/// The HTML that takes a reader from one place in the book to another: the sidebar's list of
/// chapters (with the sections of the chapter being read), the previous and next links, and
/// the contents on the front page and the whole book's page.
struct Navigation {
    var chapters: [RenderedChapter]
    var links: SiteLinks

    /// The sidebar's chapters. `current` is the position of the chapter shown, whose entry is
    /// marked as the current page and lists its sections; nil on the whole book's page, whose
    /// own link is marked instead.
    func sidebar(current: Int?) -> String {
        var html = "<ol class=\"chapters\">\n"
        for (position, rendered) in chapters.enumerated() {
            let chapter = rendered.chapter
            let isCurrent = position == current
            html += "<li><a href=\"\(links.fileName(ofChapter: chapter.name))\"\(isCurrent ? " aria-current=\"page\"" : "")>"
                + chapterLabel(chapter) + "</a>"
            if isCurrent {
                let sections = rendered.sections.filter { $0.level == 2 }
                if !sections.isEmpty {
                    html += "\n<ol class=\"sections\" aria-label=\"Sections of this chapter\">\n"
                        + sections.map { "<li><a href=\"#\($0.id)\">\($0.titleHTML)</a></li>" }.joined(separator: "\n")
                        + "\n</ol>"
                }
            }
            html += "</li>\n"
        }
        html += "</ol>\n<p class=\"sidebar-footer\"><a href=\"\(SiteLinks.wholeBookFile)\"\(current == nil ? " aria-current=\"page\"" : "")>"
            + "The whole book on one page, for printing</a></p>"
        return html
    }

    /// The previous and next chapter around `position`, as links for the page and the head.
    func pager(_ position: Int) -> (body: String, head: String) {
        var body: [String] = [], head: [String] = []
        for (offset, rel, label) in [(-1, "prev", "Previous"), (1, "next", "Next")] {
            let other = position + offset
            guard chapters.indices.contains(other) else { continue }
            let chapter = chapters[other].chapter
            let file = links.fileName(ofChapter: chapter.name)
            body.append("<a class=\"\(rel == "prev" ? "previous" : "next")\" rel=\"\(rel)\" href=\"\(file)\">"
                + "<span class=\"pager-label\">\(label)</span><span class=\"pager-title\">\(HTML.escape(chapter.title))</span></a>")
            head.append("<link rel=\"\(rel)\" href=\"\(file)\">")
        }
        guard !body.isEmpty else { return ("", "") }
        return ("<nav class=\"pager\" aria-label=\"Previous and next chapter\">\n" + body.joined(separator: "\n") + "\n</nav>",
                head.joined(separator: "\n"))
    }

    /// Every chapter with its sections, linked in the edition of `contentsLinks`.
    func contents(_ rendered: [RenderedChapter], contentsLinks: SiteLinks, from current: String) -> String {
        let id = "contents"
        var html = "<h2 id=\"\(id)\">Contents" + PageRenderer.permalink(id: id, title: "Contents") + "</h2>\n<ol class=\"toc\">\n"
        for chapter in rendered {
            let name = chapter.chapter.name
            html += "<li><a href=\"\(contentsLinks.href(to: nil, in: name, from: current))\">" + chapterLabel(chapter.chapter) + "</a>"
            let sections = chapter.sections.filter { $0.level == 2 }
            if !sections.isEmpty {
                html += "\n<ol class=\"toc-sections\">\n" + sections.map {
                    "<li><a href=\"\(contentsLinks.href(to: $0.localID, in: name, from: current))\">\($0.titleHTML)</a></li>"
                }.joined(separator: "\n") + "\n</ol>"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n"
    }

    private func chapterLabel(_ chapter: Chapter) -> String {
        "<span class=\"number\">\(chapter.number)</span> <span>\(HTML.escape(chapter.title))</span>"
    }
}
