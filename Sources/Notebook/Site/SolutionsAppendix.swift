import BookFormat
import MarkupEscaping

/// The solutions to the exercises, at the end of the whole book's page: the printed book keeps
/// them out of the chapters, as textbooks do, so a reader meets each exercise without its
/// answer in view. In the chapters, that page shows a link in place of each solution's code;
/// each solution here links back to its exercise.
struct SolutionsAppendix {
    static let id = "solutions"

    /// The id of exercise `id`'s solution on the whole book's page: `solution-2.1`.
    static func id(ofSolution exercise: String) -> String { "solution-" + exercise }

    /// What stands in a chapter in place of the solution's code.
    static func pointer(to exercise: String) -> String {
        "<p class=\"solution-pointer\"><a href=\"#\(HTML.escape(id(ofSolution: exercise)))\">A solution to exercise "
            + HTML.escape(exercise) + "</a> is in the solutions at the end of the book.</p>\n"
    }

    var chapters: [RenderedChapter]
    var links: SiteLinks

    var exercises: [(RenderedChapter, Exercise)] {
        chapters.flatMap { rendered in rendered.chapter.exercises.map { (rendered, $0) } }
    }

    var hasExercises: Bool { chapters.contains { !$0.chapter.exercises.isEmpty } }

    /// The section, or nothing when the book has no exercises.
    var html: String {
        let exercises = exercises
        guard !exercises.isEmpty else { return "" }
        var html = "<section class=\"book-solutions\" id=\"\(Self.id)\">\n<h1>Solutions to the exercises"
            + PageRenderer.permalink(id: Self.id, title: "Solutions to the exercises") + "</h1>\n"
        var chapterShown: String?
        for (rendered, exercise) in exercises {
            let chapter = rendered.chapter
            if chapterShown != chapter.name {
                chapterShown = chapter.name
                html += "<h2 id=\"\(Self.id)-\(HTML.escape(chapter.name))\">Chapter \(chapter.number): " + HTML.escape(chapter.title) + "</h2>\n"
            }
            let id = HTML.escape(Self.id(ofSolution: exercise.id))
            let title = "Exercise \(exercise.id): \(exercise.title)"
            let heading = Self.heading(of: exercise, in: rendered).map {
                "<a href=\"#\(HTML.escape(links.id($0.localID, in: rendered.chapter.name)))\">" + HTML.escape(title) + "</a>"
            } ?? HTML.escape(title)
            html += "<h3 id=\"\(id)\">" + heading + "</h3>\n"
                + CellHTML.codeBox(rendered.chapter.cells[exercise.solution].code)
        }
        return html + "</section>\n"
    }

    /// The section the exercise's heading opens: its text starts "Exercise 2.1" and no digit
    /// follows, so 2.1 is not taken for 2.10.
    static func heading(of exercise: Exercise, in rendered: RenderedChapter) -> RenderedChapter.Section? {
        let prefix = "Exercise " + exercise.id
        return rendered.sections.first { section in
            section.title.hasPrefix(prefix) && !(section.title.dropFirst(prefix.count).first?.isNumber ?? false)
        }
    }
}
