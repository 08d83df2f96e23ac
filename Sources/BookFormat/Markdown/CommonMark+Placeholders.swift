import Ccmark

/// Where the lifter's placeholders stand in cmark's tree, so the HTML carries it.
extension CommonMark {
    /// Moves each placeholder to where it stands: inside an image (its alt text), a link's
    /// or image's title, or code, `.insideTag`; inside a link's content, `.insideLink`. A paragraph that
    /// is a display-math placeholder and nothing else, where it renders as `<p>…</p>` (not in
    /// a tight list), becomes a custom block that renders as the placeholder alone, placed
    /// `.aloneInParagraph`.
    static func placePlaceholders(in root: OpaquePointer, isDisplayMath: (String) -> Bool) {
        var paragraphsAlone: [(OpaquePointer, String)] = []
        // The images and links a node is in are counted on the way down and up, not looked
        // up by climbing its ancestors, which made nested emphasis quadratic (issue 18).
        var images = 0, links = 0
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node), step = event == CMARK_EVENT_ENTER ? 1 : -1
            if type == CMARK_NODE_IMAGE { images += step }
            if type == CMARK_NODE_LINK { links += step }
            guard event == CMARK_EVENT_ENTER else { continue }
            switch type {
            case CMARK_NODE_TEXT:
                let placement: MathLifter.Placement = images > 0 ? .insideTag : links > 0 ? .insideLink : .text
                let literal = string(cmark_node_get_literal(node))
                if placement != .text { cmark_node_set_literal(node, MathLifter.placing(literal, placement)) }
            case CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                // Code the lifter did not see as code (a fence inside a quote, its info string,
                // which becomes a class attribute) shows what was written, as text.
                let literal = string(cmark_node_get_literal(node)), placed = MathLifter.placing(literal, .insideTag)
                if placed != literal { cmark_node_set_literal(node, placed) }
                let info = string(cmark_node_get_fence_info(node)), placedInfo = MathLifter.placing(info, .insideTag)
                if type == CMARK_NODE_CODE_BLOCK, placedInfo != info { cmark_node_set_fence_info(node, placedInfo) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let title = string(cmark_node_get_title(node))
                if !title.isEmpty { cmark_node_set_title(node, MathLifter.placing(title, .insideTag)) }
            case CMARK_NODE_PARAGRAPH:
                guard let only = cmark_node_first_child(node), cmark_node_next(only) == nil,
                      cmark_node_get_type(only) == CMARK_NODE_TEXT, !isInTightList(node) else { continue }
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

    /// Whether a paragraph is an item's in a tight list, which renders without `<p>`.
    private static func isInTightList(_ paragraph: OpaquePointer) -> Bool {
        guard let item = cmark_node_parent(paragraph), cmark_node_get_type(item) == CMARK_NODE_ITEM,
              let list = cmark_node_parent(item) else { return false }
        return cmark_node_get_list_tight(list) != 0
    }
}
