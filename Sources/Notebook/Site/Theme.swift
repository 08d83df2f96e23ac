import Foundation
import MarkupEscaping

/// The page template, stylesheets and scripts, shipped as resources of this module.
package struct Theme {
    var template: String
    /// Files copied to the site's `assets/` folder as they are, by name.
    var assets: [(name: String, text: String)]

    static let assetNames = ["style.css", "print.css", "theme.js", "book.js", "navigation.js", "search.js"]

    package static func load() throws -> Theme {
        func resource(_ name: String) throws -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Theme") else {
                throw SiteError("the theme file \(name) is missing from the Notebook module's resources")
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
        return Theme(template: try resource("page.html"),
                     assets: try assetNames.map { ($0, try resource($0)) })
    }

    /// The parts of one page. `title` and `bookTitle` are plain text, the rest HTML.
    struct Page {
        var title: String
        var bookTitle: String
        /// Extra elements for the head, such as `<link rel="next">`.
        var head = ""
        var navigation: String
        var content: String
        var pager = ""
    }

    /// The template with its `{{…}}` slots filled in one pass, so text inside a slot's value
    /// is never taken for another slot.
    func render(_ parts: Page) -> String {
        let slots = ["title": HTML.escape(parts.title), "book-title": HTML.escape(parts.bookTitle),
                     "head": parts.head, "navigation": parts.navigation, "pager": parts.pager,
                     "content": parts.content]
        var page = ""
        var rest = template[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            page += rest[..<open.lowerBound]
            page += slots[String(rest[open.upperBound..<close.lowerBound])] ?? String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return page + rest
    }
}
