/// The words after `swift` on a cell's opening fence. Unknown words are an error, so a typo
/// never silently changes what a reader sees.
package struct CellOptions: Sendable, Equatable {
    /// The cell runs but neither its code nor its fence appears on the page; its output and
    /// figures still do.
    package var hidden = false

    package static let known = ["hidden"]

    package init(hidden: Bool = false) { self.hidden = hidden }

    /// The options as fence words, in a fixed order: what `Chapter.cellsDigest` hashes, so
    /// every option must appear here for a change of it to reach the fingerprints.
    package var words: [String] {
        hidden ? ["hidden"] : []
    }

    /// Parses the words after `swift`, such as `hidden`.
    init(words: [Substring], path: String, line: Int) throws(ChapterDiagnostic) {
        for word in words {
            switch word {
            case "hidden": hidden = true
            default:
                throw ChapterDiagnostic(
                    path: path, line: line,
                    message: "unknown cell option '\(word)'; the options are: "
                        + Self.known.joined(separator: ", ")
                )
            }
        }
    }
}
