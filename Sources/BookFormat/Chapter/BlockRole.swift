/// What a top-level block is to the notebook. The parser and the page renderer both classify
/// blocks here, so they cannot disagree about which block is a cell or a record.
package enum BlockRole {
    /// A ```` ```swift ```` cell, with the words after `swift` (its options).
    case cell(options: [Substring])
    /// An ```` ```output ```` block, with any words after `output` (an error if present).
    case output(extraWords: [Substring])
    /// A paragraph of images at least one of which is a recorded figure of this chapter.
    case figures([MarkdownImage])
    case other

    package init(_ block: MarkdownBlock, slug: String) {
        switch block.kind {
        case let .codeBlock(info, _):
            let words = info.split(whereSeparator: \.isWhitespace)
            switch words.first {
            case "swift": self = .cell(options: Array(words.dropFirst()))
            case "output": self = .output(extraWords: Array(words.dropFirst()))
            default: self = .other
            }
        case let .images(images) where images.contains(where: { Self.isFigureLink($0, slug: slug) }):
            self = .figures(images)
        default:
            self = .other
        }
    }

    /// Whether an image points into the chapter's figure folder, `figures/<slug>/`.
    static func isFigureLink(_ image: MarkdownImage, slug: String) -> Bool {
        image.url.hasPrefix(Chapter.figureFolder(slug: slug) + "/")
    }
}
