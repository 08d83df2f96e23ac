/// `@fig:name` or `@eq:name` in a chapter's prose, and the line it is on.
package struct CrossReference: Hashable, Sendable {
    package var label: Label
    package var line: Int

    package init(label: Label, line: Int) {
        self.label = label
        self.line = line
    }

    /// Reads a reference starting at `characters[start]`, which must be `@`: the kind, a colon
    /// and the longest valid name (trailing hyphens and underscores are left to the sentence).
    /// Returns the label and the index just past it, or nil if no reference starts there.
    ///
    /// An `@` right after a letter, digit or dot is part of an address (`someone@eq:x`), not a
    /// reference; `\@fig:x` is escaped by the caller.
    static func read(_ characters: [Character], at start: Int) -> (label: Label, end: Int)? {
        guard characters[start] == "@" else { return nil }
        if start > 0 {
            let before = characters[start - 1]
            if before.isLetter || before.isNumber || before == "." || before == "_" { return nil }
        }
        for kind in Label.Kind.allCases {
            let prefix = Array(kind.rawValue + ":")
            let nameStart = start + 1 + prefix.count
            guard nameStart < characters.count,
                  Array(characters[(start + 1)..<nameStart]) == prefix else { continue }
            var end = nameStart
            while end < characters.count, Label.isNameCharacter(characters[end]) { end += 1 }
            while end > nameStart, characters[end - 1] == "-" || characters[end - 1] == "_" { end -= 1 }
            let name = String(characters[nameStart..<end])
            guard Label.isValidName(name) else { return nil }
            return (Label(kind: kind, name: name), end)
        }
        return nil
    }
}

/// Where a label is defined: a figure's recorded image line (or the cell that shows it) or the
/// line of an equation's closing `$$`.
package struct LabelDefinition: Hashable, Sendable {
    package var label: Label
    package var line: Int

    package init(label: Label, line: Int) {
        self.label = label
        self.line = line
    }
}
