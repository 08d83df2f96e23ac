/// Finding the placeholders the lifter left in text that came through cmark, and putting
/// plain text back in their place; the site's HTML is restored by the Notebook module.
extension MathLifter {
    /// A numbered equation's anchor on the page and its number, such as ("eq:kl", "(3.1)").
    package struct EquationAnchor: Sendable, Equatable {
        package var id: String
        package var number: String
        package init(id: String, number: String) {
            self.id = id
            self.number = number
        }
    }

    /// What a reference becomes: its text ("Figure 3.2", "(3.1)") and where it links.
    package struct ReferenceLink: Sendable, Equatable {
        package var text: String
        package var href: String
        package init(text: String, href: String) {
            self.text = text
            self.href = href
        }
    }

    /// `text` with every placeholder replaced by its TeX between dollars and every reference
    /// by its text (or `@label` when `reference` does not know it), for plain-text uses.
    package func plainText(_ text: String, reference: (Label) -> ReferenceLink? = { _ in nil }) -> String {
        replacingPlaceholders(in: text) { placeholder, _ in
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

    /// Where a placeholder stands in the HTML cmark renders. The lifter writes every one as
    /// `.text`; `CommonMark.parse` reads the tree and gives a placeholder inside an image's alt
    /// text or a link's title `.insideTag`, one in a link's content `.insideLink`, and display
    /// math that is a paragraph by itself `.aloneInParagraph` (the paragraph then renders as
    /// the placeholder alone). Each placement has its own opening character, so restoring the
    /// HTML never reads the markup around a placeholder.
    package enum Placement: CaseIterable, Sendable {
        case text, aloneInParagraph, insideTag, insideLink

        /// The opening character of a math placeholder in this placement (U+E000, U+E004…6).
        var mathOpen: Character {
            switch self {
            case .text: MathLifter.open
            case .insideTag: "\u{E004}"
            case .insideLink: "\u{E005}"
            case .aloneInParagraph: "\u{E006}"
            }
        }

        /// The opening character of a reference placeholder (U+E002, U+E007, U+E008); a
        /// reference is never a paragraph of its own, which reads as text.
        var referenceOpen: Character {
            switch self {
            case .text, .aloneInParagraph: MathLifter.referenceOpen
            case .insideTag: "\u{E007}"
            case .insideLink: "\u{E008}"
            }
        }
    }

    /// `text` with every placeholder the lifter wrote (placed `.text`) moved to `placement`.
    package static func placing(_ text: String, _ placement: Placement) -> String {
        guard placement != .text else { return text }
        return String(text.map { character in
            character == open ? placement.mathOpen : character == referenceOpen ? placement.referenceOpen : character
        })
    }

    /// Whether `text` is exactly the placeholder of one piece of display math.
    package func isDisplayPlaceholder(_ text: String) -> Bool {
        guard text.first == Self.open, text.last == Self.close, let index = Int(text.dropFirst().dropLast()) else { return false }
        return math.indices.contains(index) && math[index].display
    }

    /// One pass over `text`, replacing every placeholder by what `replacement` makes of it.
    ///
    /// The pass works on UTF-8 bytes, not Characters: a page holds its figures' SVG inline and
    /// runs to megabytes, and the placeholders' private-use scalars have bytes that UTF-8
    /// never uses inside another scalar, so a byte search finds exactly those and never
    /// splits a scalar.
    package func replacingPlaceholders(in text: String, _ replacement: (Placeholder, Placement) -> String) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        while let (placeholder, placement, range) = nextPlaceholder(in: bytes, from: copied) {
            result += bytes[copied..<range.lowerBound]
            result += replacement(placeholder, placement).utf8
            copied = range.upperBound
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    /// Each opening character's UTF-8, what it opens and where; all start with the byte EE.
    private static let openings: [(bytes: [UInt8], isMath: Bool, placement: Placement)] = Placement.allCases.flatMap { placement in
        [(Array(String(placement.mathOpen).utf8), true, placement)]
            + (placement == .aloneInParagraph ? [] : [(Array(String(placement.referenceOpen).utf8), false, placement)])
    }
    private static let closings = (math: Array(String(close).utf8), reference: Array(String(referenceClose).utf8))

    /// The first placeholder in `bytes` at or after `start`, its placement and the bytes it
    /// spans; nil when there is none, or when the first is not one this lifter made (only
    /// private-use characters written in the chapter itself could make one), which ends the
    /// replacing.
    private func nextPlaceholder(in bytes: [UInt8], from start: Int) -> (Placeholder, Placement, Range<Int>)? {
        var searchFrom = start
        while let lead = bytes[searchFrom...].firstIndex(of: 0xEE) {
            guard let opening = Self.openings.first(where: { bytes[lead...].starts(with: $0.bytes) }) else {
                searchFrom = lead + 1
                continue
            }
            let digits = lead + opening.bytes.count
            guard let close = bytes[digits...].firstRange(of: opening.isMath ? Self.closings.math : Self.closings.reference),
                  let index = Int(String(decoding: bytes[digits..<close.lowerBound], as: UTF8.self)),
                  opening.isMath ? math.indices.contains(index) : references.indices.contains(index)
            else { return nil }
            let placeholder = opening.isMath ? Placeholder.math(math[index]) : .reference(references[index])
            return (placeholder, opening.placement, lead..<close.upperBound)
        }
        return nil
    }
}
