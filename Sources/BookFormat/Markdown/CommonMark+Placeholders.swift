import Ccmark

/// Where the lifter's placeholders stand in cmark's tree, so the HTML carries it.
extension CommonMark {
    /// Moves each placeholder to where it stands: inside an image (its alt text) or a link's
    /// or image's title, `.insideTag`; inside a link's content, `.insideLink`. A paragraph that
    /// is a display-math placeholder and nothing else, where it renders as `<p>…</p>` (not in
    /// a tight list), becomes a custom block that renders as the placeholder alone, placed
    /// `.aloneInParagraph`.
    static func placePlaceholders(in root: OpaquePointer, isDisplayMath: (String) -> Bool) {
        var paragraphsAlone: [(OpaquePointer, String)] = []
        walk(root) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                let placement = placement(of: node)
                let literal = string(cmark_node_get_literal(node))
                if placement != .text { cmark_node_set_literal(node, MathLifter.placing(literal, placement)) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let title = string(cmark_node_get_title(node))
                if !title.isEmpty { cmark_node_set_title(node, MathLifter.placing(title, .insideTag)) }
            case CMARK_NODE_PARAGRAPH:
                guard let only = cmark_node_first_child(node), cmark_node_next(only) == nil,
                      cmark_node_get_type(only) == CMARK_NODE_TEXT, !isInTightList(node) else { return }
                let literal = string(cmark_node_get_literal(only))
                if isDisplayMath(literal) { paragraphsAlone.append((node, literal)) }
            default:
                break
            }
        }
        for (paragraph, literal) in paragraphsAlone {
            let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
            cmark_node_set_on_enter(block, MathLifter.placing(literal, .aloneInParagraph))
            cmark_node_replace(paragraph, block)
            cmark_node_free(paragraph)
        }
    }

    /// `.insideTag` below an image, `.insideLink` below a link, else `.text`.
    private static func placement(of node: OpaquePointer) -> MathLifter.Placement {
        var placement = MathLifter.Placement.text
        var ancestor = cmark_node_parent(node)
        while let current = ancestor {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_IMAGE: return .insideTag
            case CMARK_NODE_LINK: placement = .insideLink
            default: break
            }
            ancestor = cmark_node_parent(current)
        }
        return placement
    }

    /// Whether a paragraph is an item's in a tight list, which renders without `<p>`.
    private static func isInTightList(_ paragraph: OpaquePointer) -> Bool {
        guard let item = cmark_node_parent(paragraph), cmark_node_get_type(item) == CMARK_NODE_ITEM,
              let list = cmark_node_parent(item) else { return false }
        return cmark_node_get_list_tight(list) != 0
    }
}
