import BookFormat
import Foundation

/// The search index the site's search field reads: one entry per section of every chapter
/// (the text under a heading up to the next one), written as a script that sets
/// `window.ganbookSearchIndex`, since a page opened from the file system may not fetch a
/// JSON file.
package struct SearchIndex {
    struct Entry: Encodable {
        /// The section's address on the chapter pages.
        var url: String
        var title: String
        /// "2 · The inverse transform method".
        var chapter: String
        var text: String
    }

    var entries: [Entry] = []

    init(_ chapters: [RenderedChapter], links: SiteLinks) {
        for rendered in chapters {
            let chapter = rendered.chapter
            let file = links.fileName(ofChapter: chapter.name)
            for section in rendered.sections {
                let text = Self.readable(section.text)
                entries.append(Entry(
                    url: section.level == 1 ? file : file + "#" + section.localID,
                    title: Self.readable(section.title),
                    chapter: "\(chapter.number) · \(chapter.title)",
                    text: text))
            }
        }
    }

    /// The script's text.
    func script() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(entries), as: UTF8.self)
        return "// Written by ganbook build: the text of every section, for the search field.\n"
            + "window.ganbookSearchIndex = \(json);\n"
    }

    /// The text with runs of white space made single spaces and math's dollar signs dropped
    /// (the TeX stays, so `x_1` is found), for snippets that read as prose. It walks Unicode
    /// scalars and UTF-8 bytes rather than Characters: the sections hold the whole book's text,
    /// and breaking it into grapheme clusters only to find spaces and dollars was most of the
    /// index's time.
    package static func readable(_ text: String) -> String {
        let words = text.unicodeScalars.split(whereSeparator: \.properties.isWhitespace).map(Substring.init)
        return String(decoding: words.joined(separator: " ").utf8.filter { $0 != UInt8(ascii: "$") }, as: UTF8.self)
    }
}
