/// A Markdown document as the notebook sees it: its top-level blocks in order.
package struct MarkdownDocument: Sendable, Equatable {
    package var blocks: [MarkdownBlock]
    /// Code blocks inside lists, quotes and other containers, which can never be cells.
    package var nestedCodeBlocks: [NestedCodeBlock]

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
package struct MarkdownBlock: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// A heading with its plain text (inline markup dropped) and its content as HTML.
        case heading(level: Int, text: String, contentHTML: String)
        /// A fenced or indented code block; `info` is the text after the opening fence.
        case codeBlock(info: String, code: String)
        /// A paragraph holding nothing but images.
        case images([MarkdownImage])
        case other
    }

    package var kind: Kind
    package var startLine: Int
    package var endLine: Int
    package var html: String
}

/// An image reference `![alt](url)`, the line it starts on, and the text of an attribute
/// block right after it (`fig:name` for `{#fig:name}`), if there is one.
package struct MarkdownImage: Sendable, Equatable {
    package var alt: String
    package var url: String
    package var line: Int
    /// What is between the braces of `{…}` written straight after the image, such as `#fig:name`.
    package var attributes: String?

    package init(alt: String, url: String, line: Int, attributes: String? = nil) {
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
package struct NestedCodeBlock: Sendable, Equatable {
    package var info: String
    package var line: Int
}
