/// Finding the placeholders the lifter left in text that came through cmark, and putting
/// plain text back in their place; the site's HTML is restored by the Notebook module.
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

    package static func dollars(_ piece: Math) -> String {
        piece.display ? "$$\(piece.tex)$$" : "$\(piece.tex)$"
    }

    package enum Placeholder { case math(Math), reference(CrossReference) }
    package enum Placement { case text, aloneInParagraph, insideTag, insideLink }

    /// One pass over `text`. A display placeholder standing alone between the `unwrapping`
    /// pair (a paragraph of its own) replaces the pair too.
    ///
    /// The pass works on UTF-8 bytes, not Characters: a page holds its figures' SVG inline and
    /// runs to megabytes, and everything it looks for (the placeholders' private-use scalars,
    /// ASCII markup) has bytes that UTF-8 never uses inside another scalar, so a byte search
    /// finds exactly those and never splits a scalar.
    package func replacingPlaceholders(
        in text: String, unwrapping pair: (open: String, close: String)?,
        _ replacement: (Placeholder, Placement) -> String
    ) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        var markup = MarkupState()
        while let (placeholder, range) = nextPlaceholder(in: bytes, from: copied) {
            var before = bytes[copied..<range.lowerBound]
            var after = range.upperBound
            markup.track(before)
            var placement = markup.insideTag ? Placement.insideTag : markup.insideLink ? .insideLink : .text
            if case let .math(piece) = placeholder, piece.display, placement == .text, let pair,
               before.suffix(pair.open.utf8.count).elementsEqual(pair.open.utf8),
               bytes[after...].starts(with: pair.close.utf8) {
                before = before.dropLast(pair.open.utf8.count)
                after += pair.close.utf8.count
                placement = .aloneInParagraph
            }
            result += before
            result += replacement(placeholder, placement).utf8
            copied = after
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The UTF-8 of the placeholders' delimiters, U+E000 to U+E003: EE 80 80 to EE 80 83, so
    /// a search for their common first byte finds every candidate.
    private static let delimiterBytes = (
        open: Array(String(open).utf8), close: Array(String(close).utf8),
        referenceOpen: Array(String(referenceOpen).utf8), referenceClose: Array(String(referenceClose).utf8))

    /// The first placeholder in `bytes` at or after `start`, and the bytes it spans; nil when
    /// there is none, or when the first is not one this lifter made (only private-use
    /// characters written in the chapter itself could make one), which ends the replacing.
    private func nextPlaceholder(in bytes: [UInt8], from start: Int) -> (Placeholder, Range<Int>)? {
        let delimiters = Self.delimiterBytes
        var searchFrom = start
        while let lead = bytes[searchFrom...].firstIndex(of: delimiters.open[0]) {
            let isMath = bytes[lead...].starts(with: delimiters.open)
            guard isMath || bytes[lead...].starts(with: delimiters.referenceOpen) else {
                searchFrom = lead + 1
                continue
            }
            let digits = lead + delimiters.open.count
            guard let close = bytes[digits...].firstRange(of: isMath ? delimiters.close : delimiters.referenceClose),
                  let index = Int(String(decoding: bytes[digits..<close.lowerBound], as: UTF8.self)),
                  isMath ? math.indices.contains(index) : references.indices.contains(index)
            else { return nil }
            return (isMath ? .math(math[index]) : .reference(references[index]), lead..<close.upperBound)
        }
        return nil
    }

    /// Whether a point in the HTML is inside a tag (`<img alt="…`) and inside a link's content
    /// (`<a href="…">…`), updated segment by segment as a pass moves through the text.
    private struct MarkupState {
        var insideTag = false
        var insideLink = false

        /// Moves the state past `segment`.
        mutating func track(_ segment: ArraySlice<UInt8>) {
            var rest = segment
            while let mark = rest.firstIndex(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) {
                let tag = rest[(mark + 1)...]
                if rest[mark] == UInt8(ascii: "<") {
                    insideTag = true
                    if tag.starts(with: "a ".utf8) || tag.starts(with: "a>".utf8) { insideLink = true }
                    if tag.starts(with: "/a>".utf8) { insideLink = false }
                } else {
                    insideTag = false
                }
                rest = tag
            }
        }
    }
}
