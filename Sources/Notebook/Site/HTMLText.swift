import Foundation

/// The text a reader sees in a piece of the site's own HTML, for the search index: tags
/// dropped, the five entities the site writes decoded, and the content of elements that are
/// not prose left out (a figure's SVG, a cell's printed output).
enum HTMLText {
    static let skippedElements: Set<String> = ["svg", "samp", "script", "style"]

    static func plain(_ html: String) -> String {
        var text = ""
        var skipping: String?
        var depth = 0
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            if skipping == nil { text += rest[..<open] }
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            let closing = tag.hasPrefix("/")
            let name = String(tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
            if let skipped = skipping, name == skipped {
                depth += closing ? -1 : (tag.hasSuffix("/") ? 0 : 1)
                if depth == 0 { skipping = nil }
            } else if skipping == nil, !closing, skippedElements.contains(name), !tag.hasSuffix("/") {
                skipping = name
                depth = 1
            }
            rest = rest[rest.index(after: close)...]
        }
        if skipping == nil { text += rest }
        return decode(text)
    }

    private static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
