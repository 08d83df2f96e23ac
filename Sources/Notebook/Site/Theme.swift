import Foundation

/// The page template, stylesheet and script, shipped as resources of this module.
struct Theme {
    var template: String
    var stylesheet: String
    var script: String

    static func load() throws -> Theme {
        func resource(_ name: String) throws -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Theme") else {
                throw SiteError("the theme file \(name) is missing from the Notebook module's resources")
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
        return Theme(template: try resource("page.html"), stylesheet: try resource("style.css"),
                     script: try resource("book.js"))
    }

    /// The template with its `{{…}}` slots filled in one pass, so text inside a slot's value
    /// is never taken for another slot; `title` and `bookTitle` are plain text, the rest HTML.
    func page(title: String, bookTitle: String, navigation: String, content: String, pager: String) -> String {
        let slots = ["title": HTML.escape(title), "book-title": HTML.escape(bookTitle),
                     "navigation": navigation, "pager": pager, "content": content]
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
