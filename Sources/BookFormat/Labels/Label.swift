/// A name the prose refers to a figure or an equation by, following pandoc-crossref: the
/// figure labelled `box-muller` is `fig:box-muller` and is referred to as `@fig:box-muller`;
/// the equation labelled `{#eq:kl}` is `eq:kl`, referred to as `@eq:kl`.
///
/// Labels are unique in the whole book, so a chapter can refer to another chapter's figure
/// and the one-page edition of the book can use them as anchors unchanged.
package struct Label: Hashable, Sendable, Comparable, CustomStringConvertible {
    package enum Kind: String, Sendable, CaseIterable {
        case figure = "fig"
        case equation = "eq"
    }

    package var kind: Kind
    /// The part after the colon: letters, digits, hyphens and underscores, starting and ending
    /// with a letter or digit, so a label followed by punctuation in a sentence ("see
    /// @fig:lattice.") ends where the reader expects.
    package var name: String

    package init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }

    /// `fig:box-muller`: the label as written after `@` or `#`, and the anchor on a chapter page.
    package var description: String { "\(kind.rawValue):\(name)" }

    package static func < (a: Label, b: Label) -> Bool { a.description < b.description }

    /// Whether `name` can be a label's name.
    package static func isValidName(_ name: some StringProtocol) -> Bool {
        guard let first = name.first, let last = name.last,
              isEdge(first), isEdge(last) else { return false }
        return name.allSatisfy(isNameCharacter)
    }

    static func isNameCharacter(_ character: Character) -> Bool {
        isEdge(character) || character == "-" || character == "_"
    }

    private static func isEdge(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }

    /// What to tell an author whose label is not a valid name.
    static func nameRule(_ name: String) -> String {
        "'\(name)' is not a valid label: use letters, digits, hyphens and underscores, "
            + "starting and ending with a letter or digit, such as 'box-muller'"
    }
}
