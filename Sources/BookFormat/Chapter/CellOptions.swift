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
    /// The cell's part in an exercise (`exercise-starter 2.1` and so on), if it is one.
    package var exercise: ExercisePart?

    package static let known = ["hidden", "fold"] + ExercisePart.Role.allCases.map { "\($0.word) ID" }

    package init(hidden: Bool = false, folded: Bool = false, exercise: ExercisePart? = nil) {
        self.hidden = hidden
        self.folded = folded
        self.exercise = exercise
    }

    /// The options as fence words, in a fixed order: what `Chapter.cellsDigest` hashes, so
    /// every option must appear here for a change of it to reach the fingerprints.
    package var words: [String] {
        (hidden ? ["hidden"] : []) + (folded ? ["fold"] : []) + (exercise.map { [$0.role.word, $0.id] } ?? [])
    }

    /// Parses the words after `swift`, such as `hidden` or `exercise-check 2.1`.
    init(words: [Substring], path: String, line: Int) throws(ChapterDiagnostic) {
        func error(_ message: String) -> ChapterDiagnostic { ChapterDiagnostic(path: path, line: line, message: message) }
        var rest = words[...]
        while let word = rest.popFirst() {
            switch word {
            case "hidden": hidden = true
            case "fold": folded = true
            default:
                guard let role = ExercisePart.Role.allCases.first(where: { $0.word == word }) else {
                    throw error("unknown cell option '\(word)'; the options are: " + Self.known.joined(separator: ", "))
                }
                guard exercise == nil else {
                    throw error("a cell plays one part in one exercise; keep one of '\(exercise!.role.word)' and '\(word)'")
                }
                guard let id = rest.popFirst(), ExercisePart.isValidID(id) else {
                    throw error("'\(word)' is followed by the exercise's id, the chapter's number, a dot and the "
                        + "exercise's number: ```swift \(word) 2.1")
                }
                exercise = ExercisePart(role: role, id: String(id))
            }
        }
        if hidden, folded {
            throw error("a cell is either hidden (no code on the page) or folded (code behind a summary), "
                + "not both; keep one of 'hidden' and 'fold'")
        }
        if let exercise, hidden || folded {
            throw error("an exercise's cells are shown as their part says (the starter open, the solution and the "
                + "check folded); remove '\(hidden ? "hidden" : "fold")' from this \(exercise.role.word) cell")
        }
    }
}

/// A cell's part in an exercise: the reader's starting point, the book's answer, or the cases
/// that check an answer.
package struct ExercisePart: Sendable, Equatable {
    package enum Role: CaseIterable, Sendable {
        /// Shown open on the page, and written to the reader's file; never run by the book.
        case starter
        /// Runs in the starter's place when the book runs; folded on the page.
        case solution
        /// Runs after the solution (or the reader's answer) and prints a verdict per case;
        /// folded on the page, its output shown.
        case check

        /// The fence word.
        package var word: String {
            switch self {
            case .starter: "exercise-starter"
            case .solution: "exercise-solution"
            case .check: "exercise-check"
            }
        }
    }

    package var role: Role
    /// `2.1`: the chapter's number, a dot, the exercise's number.
    package var id: String

    package init(role: Role, id: String) {
        self.role = role
        self.id = id
    }

    /// Whether `word` is `N.K`: two positive whole numbers and a dot.
    static func isValidID(_ word: Substring) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// The chapter number the id begins with.
    var chapterNumber: Int? { id.split(separator: ".").first.flatMap { Int($0) } }
}
