import BookFormat
import MarkupEscaping

/// Putting lifted math and references back into the HTML cmark rendered.
extension MathLifter {
    /// `html` with every placeholder replaced. Math becomes a span holding the escaped TeX,
    /// which the page's script typesets; display math alone in its paragraph becomes a div
    /// instead, and a labelled equation is wrapped with its number. A reference becomes a link.
    /// Inside a tag (an image's alt text, a link's title) math stays `$…$` text and a reference
    /// its plain text, as does a reference inside a link's text, since links cannot nest.
    package func restore(
        in html: String,
        equation: (Label) -> EquationAnchor? = { _ in nil },
        reference: (Label) -> ReferenceLink? = { _ in nil }
    ) -> String {
        replacingPlaceholders(in: html) { placeholder, placement in
            switch placeholder {
            case let .math(piece):
                return Self.mathHTML(piece, placement, anchor: piece.label.flatMap(equation))
            case let .reference(crossReference):
                let link = reference(crossReference.label)
                guard let link else { return HTML.escape("@\(crossReference.label)") }
                return placement == .text
                    ? "<a class=\"reference\" href=\"\(HTML.escape(link.href))\">\(HTML.escape(link.text))</a>"
                    : HTML.escape(link.text)
            }
        }
    }

    private static func mathHTML(_ piece: Math, _ placement: Placement, anchor: EquationAnchor?) -> String {
        let tex = HTML.escape(piece.tex)
        switch placement {
        case .insideTag:
            return HTML.escape(dollars(piece))
        case .aloneInParagraph, .text, .insideLink:
            let block = placement == .aloneInParagraph
            let math = block ? "<div class=\"math display\">\(tex)</div>"
                : "<span class=\"math \(piece.display ? "display" : "inline")\">\(tex)</span>"
            guard let anchor, placement != .insideLink else { return math }
            let box = block ? "div" : "span"
            return "<\(box) class=\"equation\" id=\"\(HTML.escape(anchor.id))\">\(math)"
                + "<a class=\"equation-number\" href=\"#\(HTML.escape(anchor.id))\">\(HTML.escape(anchor.number))</a></\(box)>"
        }
    }

    /// `text` as inline HTML for a place that is itself a link (a heading's entry in the
    /// contents): escaped, math as spans for KaTeX, references as their plain text.
    package func inlineHTML(_ text: String, reference: (Label) -> ReferenceLink? = { _ in nil }) -> String {
        replacingPlaceholders(in: HTML.escape(text)) { placeholder, _ in
            switch placeholder {
            case let .math(piece):
                "<span class=\"math inline\">\(HTML.escape(piece.tex))</span>"
            case let .reference(crossReference):
                HTML.escape(reference(crossReference.label)?.text ?? "@\(crossReference.label)")
            }
        }
    }
}
