/// Putting lifted math and references back into the HTML cmark rendered.
extension MathLifter {
    /// A numbered equation's anchor on the page and its number, such as ("eq:kl", "(3.1)").
    public struct EquationAnchor: Sendable, Equatable {
        public var id: String
        public var number: String
        public init(id: String, number: String) {
            self.id = id
            self.number = number
        }
    }

    /// What a reference becomes: its text ("Figure 3.2", "(3.1)") and where it links.
    public struct ReferenceLink: Sendable, Equatable {
        public var text: String
        public var href: String
        public init(text: String, href: String) {
            self.text = text
            self.href = href
        }
    }

    /// `html` with every placeholder replaced. Math becomes a span holding the escaped TeX,
    /// which the page's script typesets; display math alone in its paragraph becomes a div
    /// instead, and a labelled equation is wrapped with its number. A reference becomes a link.
    /// Inside a tag (an image's alt text, a link's title) math stays `$…$` text and a reference
    /// its plain text, as does a reference inside a link's text, since links cannot nest.
    public func restore(
        in html: String,
        equation: (Label) -> EquationAnchor? = { _ in nil },
        reference: (Label) -> ReferenceLink? = { _ in nil }
    ) -> String {
        replacingPlaceholders(in: html, unwrapping: ("<p>", "</p>")) { placeholder, placement in
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

    /// `text` with every placeholder replaced by its TeX between dollars and every reference
    /// by its text (or `@label` when `reference` does not know it), for plain-text uses.
    public func plainText(_ text: String, reference: (Label) -> ReferenceLink? = { _ in nil }) -> String {
        replacingPlaceholders(in: text, unwrapping: nil) { placeholder, _ in
            switch placeholder {
            case let .math(piece): Self.dollars(piece)
            case let .reference(crossReference): reference(crossReference.label)?.text ?? "@\(crossReference.label)"
            }
        }
    }

    /// `text` as inline HTML for a place that is itself a link (a heading's entry in the
    /// contents): escaped, math as spans for KaTeX, references as their plain text.
    public func inlineHTML(_ text: String, reference: (Label) -> ReferenceLink? = { _ in nil }) -> String {
        replacingPlaceholders(in: HTML.escape(text), unwrapping: nil) { placeholder, _ in
            switch placeholder {
            case let .math(piece):
                "<span class=\"math inline\">\(HTML.escape(piece.tex))</span>"
            case let .reference(crossReference):
                HTML.escape(reference(crossReference.label)?.text ?? "@\(crossReference.label)")
            }
        }
    }

    private static func dollars(_ piece: Math) -> String {
        piece.display ? "$$\(piece.tex)$$" : "$\(piece.tex)$"
    }

    private enum Placeholder { case math(Math), reference(CrossReference) }
    private enum Placement { case text, aloneInParagraph, insideTag, insideLink }

    /// One pass over `text`. A display placeholder standing alone between the `unwrapping`
    /// pair (a paragraph of its own) replaces the pair too.
    private func replacingPlaceholders(
        in text: String, unwrapping pair: (open: String, close: String)?,
        _ replacement: (Placeholder, Placement) -> String
    ) -> String {
        var result = ""
        var rest = text[...]
        var insideTag = false, insideLink = false
        while let open = rest.firstIndex(where: { $0 == Self.open || $0 == Self.referenceOpen }) {
            let isMath = rest[open] == Self.open
            guard let close = rest[open...].firstIndex(of: isMath ? Self.close : Self.referenceClose),
                  let index = Int(rest[rest.index(after: open)..<close]),
                  isMath ? math.indices.contains(index) : references.indices.contains(index)
            else { break }
            var before = rest[..<open]
            var after = rest[rest.index(after: close)...]
            Self.track(before, insideTag: &insideTag, insideLink: &insideLink)
            var placement = insideTag ? Placement.insideTag : insideLink ? .insideLink : .text
            if isMath, math[index].display, placement == .text, let pair,
               before.hasSuffix(pair.open), after.hasPrefix(pair.close) {
                before = before.dropLast(pair.open.count)
                after = after.dropFirst(pair.close.count)
                placement = .aloneInParagraph
            }
            result += before
            result += replacement(isMath ? .math(math[index]) : .reference(references[index]), placement)
            rest = after
        }
        return result + rest
    }

    /// Updates whether the text after `segment` is inside a tag (`<img alt="…`) and inside a
    /// link's content (`<a href="…">…`), given the state before it.
    private static func track(_ segment: Substring, insideTag: inout Bool, insideLink: inout Bool) {
        var i = segment.startIndex
        while i < segment.endIndex {
            if segment[i] == "<" {
                insideTag = true
                let tag = segment[segment.index(after: i)...]
                if tag.hasPrefix("a ") || tag.hasPrefix("a>") { insideLink = true }
                if tag.hasPrefix("/a>") { insideLink = false }
            } else if segment[i] == ">" {
                insideTag = false
            }
            i = segment.index(after: i)
        }
    }
}
