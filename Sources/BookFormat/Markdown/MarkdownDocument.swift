/// A Markdown document as the notebook sees it: its top-level blocks in order.
public struct MarkdownDocument: Sendable, Equatable {
    public var blocks: [MarkdownBlock]
    /// Code blocks inside lists, quotes and other containers, which can never be cells.
    public var nestedCodeBlocks: [NestedCodeBlock]

    /// The document with every line number `n` replaced by `line(n)`: for a document parsed
    /// from lifted Markdown, the lines of the chapter's own source.
    func mappingLines(_ line: (Int) -> Int) -> MarkdownDocument {
        var mapped = self
        for index in mapped.blocks.indices {
            mapped.blocks[index].startLine = line(blocks[index].startLine)
            mapped.blocks[index].endLine = line(blocks[index].endLine)
            if case let .images(images) = blocks[index].kind {
                mapped.blocks[index].kind = .images(images.map { image in
                    var image = image
                    image.line = line(image.line)
                    return image
                })
            }
        }
        for index in mapped.nestedCodeBlocks.indices {
            mapped.nestedCodeBlocks[index].line = line(nestedCodeBlocks[index].line)
        }
        return mapped
    }
}

/// One top-level block, with the 1-based source lines it spans and cmark's HTML for it.
public struct MarkdownBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A heading with its plain text (inline markup dropped) and its content as HTML.
        case heading(level: Int, text: String, contentHTML: String)
        /// A fenced or indented code block; `info` is the text after the opening fence.
        case codeBlock(info: String, code: String)
        /// A paragraph holding nothing but images.
        case images([MarkdownImage])
        case other
    }

    public var kind: Kind
    public var startLine: Int
    public var endLine: Int
    public var html: String
}

/// An image reference `![alt](url)`, the line it starts on, and the text of an attribute
/// block right after it (`fig:name` for `{#fig:name}`), if there is one.
public struct MarkdownImage: Sendable, Equatable {
    public var alt: String
    public var url: String
    public var line: Int
    /// What is between the braces of `{…}` written straight after the image, such as `#fig:name`.
    public var attributes: String?

    public init(alt: String, url: String, line: Int, attributes: String? = nil) {
        self.alt = alt
        self.url = url
        self.line = line
        self.attributes = attributes
    }
}

extension String {
    func trimmingTrailingWhitespace() -> Substring {
        self[..<(lastIndex(where: { !$0.isWhitespace }).map(index(after:)) ?? startIndex)]
    }
}

/// A code block that is not at the top level of the document.
public struct NestedCodeBlock: Sendable, Equatable {
    public var info: String
    public var line: Int
}
