/// An exercise of a chapter: a heading that names it, a prompt in prose, and three cells in a
/// row (a starter, a solution, a check) that share its id:
///
///     ### Exercise 2.1: Sampling the exponential by inversion
///     Prompt …
///     ```swift exercise-starter 2.1
///     ```swift exercise-solution 2.1
///     ```swift exercise-check 2.1
///
/// When the book runs, the solution stands in the starter's place (the starter's code does
/// not run), so the check's recorded output shows every case passing. `ganbook exercise`
/// runs the reader's file in the starter's place instead (see `Chapter.checking`).
package struct Exercise: Sendable, Equatable {
    /// `2.1`.
    package var id: String
    /// The heading's text without a leading "Exercise 2.1:".
    package var title: String
    /// The Markdown between the heading and the starter cell.
    package var prompt: String
    /// The line of the heading.
    package var line: Int
    /// Indices of the three cells in the chapter's cells.
    package var starter: Int
    package var solution: Int { starter + 1 }
    package var check: Int { starter + 2 }

    /// `2.1-sampling-the-exponential-by-inversion.swift`: the reader's file.
    package var fileName: String {
        var slug = ""
        for character in title.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return id + (slug.isEmpty ? "" : "-" + String(slug.prefix(60))) + ".swift"
    }

    /// The heading right before an exercise's starter, with no cell between them.
    struct Heading {
        var text: String
        var line: Int
        var endLine: Int
    }

    /// The exercises of a chapter, from its cells and the heading before each starter. Every
    /// cell with an exercise part belongs to a whole exercise, in order, once; anything else is
    /// an error at the offending cell.
    static func read(cells: [Cell], headings: [Int: Heading], lines: [Substring], chapterNumber: Int,
                     path: String) throws(ChapterDiagnostic) -> [Exercise] {
        var exercises: [Exercise] = []
        var index = 0
        while index < cells.count {
            let cell = cells[index]
            guard let part = cell.options.exercise else { index += 1; continue }
            func error(_ line: Int, _ message: String) -> ChapterDiagnostic {
                ChapterDiagnostic(path: path, line: line, message: message)
            }
            let usage = "an exercise is a heading, its prompt, then three cells in a row: ```swift exercise-starter "
                + "\(part.id), ```swift exercise-solution \(part.id) and ```swift exercise-check \(part.id)"
            guard part.role == .starter else {
                throw error(cell.fenceLine, "this \(part.role.word) \(part.id) cell follows no exercise-starter \(part.id) cell; \(usage)")
            }
            guard part.chapterNumber == chapterNumber else {
                throw error(cell.fenceLine, "the exercises of chapter \(chapterNumber) are numbered \(chapterNumber).1, "
                    + "\(chapterNumber).2, …; rename exercise \(part.id)")
            }
            if let earlier = exercises.first(where: { $0.id == part.id }) {
                throw error(cell.fenceLine, "exercise \(part.id) is already defined at line \(earlier.line); give this one another id")
            }
            guard let heading = headings[index] else {
                throw error(cell.fenceLine, "exercise \(part.id) has no heading; \(usage)")
            }
            for (offset, role) in [(1, ExercisePart.Role.solution), (2, .check)] {
                let next = index + offset < cells.count ? cells[index + offset] : nil
                guard next?.options.exercise == ExercisePart(role: role, id: part.id) else {
                    throw error(next?.fenceLine ?? cell.fenceLine, "exercise \(part.id) needs a ```swift \(role.word) \(part.id) "
                        + "cell \(offset == 1 ? "right after its starter" : "right after its solution"); \(usage)")
                }
            }
            let prompt = lines[heading.endLine ..< cell.fenceLine - 1].joined(separator: "\n")
            exercises.append(Exercise(
                id: part.id, title: Self.title(heading.text, id: part.id),
                prompt: prompt.trimmingNewlines, line: heading.line, starter: index))
            index += 3
        }
        return exercises
    }

    /// The heading's text without "Exercise 2.1" and the punctuation after it.
    static func title(_ heading: String, id: String) -> String {
        guard heading.hasPrefix("Exercise " + id) else { return heading }
        return String(heading.dropFirst(("Exercise " + id).count).drop { ":.—– ".contains($0) })
    }
}

private extension String {
    /// The text without blank lines before and after it.
    var trimmingNewlines: String {
        String(drop { $0 == "\n" }.reversed().drop { $0 == "\n" }.reversed())
    }
}
