import Ccmark

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The one place that talks to libcmark. It parses a Markdown document, copies what the
/// notebook needs out of cmark's tree into Swift values, and frees the tree, so no C pointer
/// leaves this file.
///
/// Raw HTML in the prose is never passed through: every HTML node is turned into a text node
/// before rendering, so `<script>` written in a chapter shows as text on the page.
package enum CommonMark {
    /// Parses `markdown` and returns its top-level blocks in order, each with its source lines
    /// and its rendered HTML. For Markdown the `MathLifter` made, `isDisplayMath` tells which
    /// text is the placeholder of display math; the tree says where each placeholder stands
    /// (see `MathLifter.Placement`), and the rendered HTML carries it in the placeholder.
    package static func parse(_ markdown: String, isDisplayMath: (String) -> Bool = { _ in false }) -> MarkdownDocument {
        var source = markdown
        let root = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else { return MarkdownDocument(blocks: [], nestedCodeBlocks: []) }
        defer { cmark_node_free(root) }

        showRawHTMLAsText(in: root)
        placePlaceholders(in: root, isDisplayMath: isDisplayMath)
        var blocks: [MarkdownBlock] = []
        var nested: [NestedCodeBlock] = []
        var child = cmark_node_first_child(root)
        while let node = child {
            blocks.append(block(from: node))
            collectCodeBlocks(below: node, into: &nested)
            child = cmark_node_next(node)
        }
        return MarkdownDocument(blocks: blocks, nestedCodeBlocks: nested)
    }

    private static func block(from node: OpaquePointer) -> MarkdownBlock {
        let kind: MarkdownBlock.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            kind = .heading(level: Int(cmark_node_get_heading_level(node)), text: plainText(of: node),
                            contentHTML: renderChildren(of: node))
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(
                info: string(cmark_node_get_fence_info(node)),
                code: string(cmark_node_get_literal(node))
            )
        case CMARK_NODE_PARAGRAPH:
            kind = imagesOnly(node).map(MarkdownBlock.Kind.images) ?? .other
        default:
            kind = .other
        }
        return MarkdownBlock(
            kind: kind,
            startLine: Int(cmark_node_get_start_line(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            html: render(node)
        )
    }

    /// The images of a paragraph that holds nothing but images, the line breaks between them
    /// and, right after an image, an attribute block such as `{#fig:name}`; or nil.
    private static func imagesOnly(_ paragraph: OpaquePointer) -> [MarkdownImage]? {
        var images: [MarkdownImage] = []
        // cmark splits text at characters that may delimit emphasis (an underscore in a
        // label), so consecutive text nodes are read as one.
        var text = ""
        var textFollowsImage = false
        func flushText() -> Bool {
            defer { text = "" }
            if text.allSatisfy(\.isWhitespace) { return true }
            guard textFollowsImage, text.hasPrefix("{"),
                  text.trimmingTrailingWhitespace().hasSuffix("}"), images.last?.attributes == nil
            else { return false }
            images[images.count - 1].attributes = String(text.trimmingTrailingWhitespace().dropFirst().dropLast())
            return true
        }
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                if text.isEmpty { textFollowsImage = cmark_node_previous(node).map { cmark_node_get_type($0) == CMARK_NODE_IMAGE } ?? false }
                text += string(cmark_node_get_literal(node))
            case CMARK_NODE_IMAGE:
                guard flushText() else { return nil }
                images.append(MarkdownImage(
                    alt: plainText(of: node),
                    url: string(cmark_node_get_url(node)),
                    line: Int(cmark_node_get_start_line(node))
                ))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                guard flushText() else { return nil }
            default:
                return nil
            }
            child = cmark_node_next(node)
        }
        guard flushText() else { return nil }
        return images.isEmpty ? nil : images
    }

    /// Text content of an inline subtree: text and code spans, line breaks as spaces.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        walk(node) { inner in
            switch cmark_node_get_type(inner) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(inner))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    private static func collectCodeBlocks(below top: OpaquePointer, into list: inout [NestedCodeBlock]) {
        walk(top) { node in
            guard node != top, cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else { return }
            list.append(NestedCodeBlock(
                info: string(cmark_node_get_fence_info(node)),
                line: Int(cmark_node_get_start_line(node))
            ))
        }
    }

    /// Replaces every raw HTML node by a text node (inline) or a paragraph of text (block)
    /// holding the same characters, so the renderer escapes them.
    private static func showRawHTMLAsText(in root: OpaquePointer) {
        var rawNodes: [OpaquePointer] = []
        walk(root) { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK { rawNodes.append(node) }
        }
        for node in rawNodes {
            let text = cmark_node_new(CMARK_NODE_TEXT)
            cmark_node_set_literal(text, cmark_node_get_literal(node))
            if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
                let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
                cmark_node_append_child(paragraph, text)
                cmark_node_replace(node, paragraph)
            } else {
                cmark_node_replace(node, text)
            }
            cmark_node_free(node)
        }
    }

    /// Depth-first visit of `root` and every node below it (each node once, on entering).
    static func walk(_ root: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
        }
    }

    /// The HTML of a node's children, one after the other: a heading's content without its tag.
    private static func renderChildren(of node: OpaquePointer) -> String {
        var html = ""
        var child = cmark_node_first_child(node)
        while let inline = child {
            html += render(inline)
            child = cmark_node_next(inline)
        }
        return html
    }

    private static func render(_ node: OpaquePointer) -> String {
        guard let html = cmark_render_html(node, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
