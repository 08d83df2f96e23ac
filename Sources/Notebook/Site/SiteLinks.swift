/// Where things are on the site: the file holding each chapter and the id of each anchor, in
/// the two editions the site is written in. On the chapter pages each chapter is a file of its
/// own and keeps its anchors as they are (`#fig:lattice`); on the whole book's page, which
/// holds every chapter, each anchor is prefixed with its chapter's name so that two chapters'
/// "References" sections stay apart.
package struct SiteLinks: Sendable {
    package enum Edition: Sendable, Equatable {
        case chapterPages
        case wholeBook
    }

    package var edition: Edition
    /// The `NN-slug` of the chapter that is the front page, `index.html`.
    package var frontPage: String?

    /// The page holding the whole book, for printing.
    package static let wholeBookFile = "book.html"

    package init(edition: Edition, frontPage: String?) {
        self.edition = edition
        self.frontPage = frontPage
    }

    /// The file of a chapter's own page.
    package func fileName(ofChapter chapter: String) -> String {
        chapter == frontPage ? "index.html" : chapter + ".html"
    }

    /// The id that the anchor `local` of `chapter` has on the page.
    package func id(_ local: String, in chapter: String) -> String {
        edition == .wholeBook ? "\(chapter)--\(local)" : local
    }

    /// A link from a page showing `current` to the anchor `local` of `chapter`, or to the
    /// chapter's start when `local` is nil.
    package func href(to local: String?, in chapter: String, from current: String) -> String {
        switch edition {
        case .wholeBook:
            return "#" + (local.map { id($0, in: chapter) } ?? chapter)
        case .chapterPages:
            let file = chapter == current ? "" : fileName(ofChapter: chapter)
            guard let local else { return file.isEmpty ? "#" : file }
            return file + "#" + local
        }
    }
}
