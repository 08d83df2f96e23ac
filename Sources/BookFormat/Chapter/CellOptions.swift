/// The words after `swift` on a cell's opening fence. Unknown words are an error, so a typo
/// never silently changes what a reader sees.
package struct CellOptions: Sendable, Equatable {
    /// The cell runs but neither its code nor its fence appears on the page; its output and
    /// figures still do.
    package var hidden = false
    /// The cell runs and its output and figures appear, but its code is folded away under a
    /// one-line summary that opens on a click or from the keyboard: for helper code a reader
    /// may skip.
    package var folded = false

    package static let known = ["hidden", "fold"]

    package init(hidden: Bool = false, folded: Bool = false) {
        self.hidden = hidden
        self.folded = folded
    }

    /// The options as fence words, in a fixed order: what `Chapter.cellsDigest` hashes, so
    /// every option must appear here for a change of it to reach the fingerprints.
    package var words: [String] {
        (hidden ? ["hidden"] : []) + (folded ? ["fold"] : [])
    }

    /// Parses the words after `swift`, such as `hidden`.
    init(words: [Substring], path: String, line: Int) throws(ChapterDiagnostic) {
        for word in words {
            switch word {
            case "hidden": hidden = true
            case "fold": folded = true
            default:
                throw ChapterDiagnostic(
                    path: path, line: line,
                    message: "unknown cell option '\(word)'; the options are: "
                        + Self.known.joined(separator: ", ")
                )
            }
        }
        if hidden, folded {
            throw ChapterDiagnostic(
                path: path, line: line,
                message: "a cell is either hidden (no code on the page) or folded (code behind a summary), "
                    + "not both; keep one of 'hidden' and 'fold'"
            )
        }
    }
}
