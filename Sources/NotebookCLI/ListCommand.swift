import ArgumentParser
import BookFormat
import BookRuntime
import Notebook

struct ListCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the chapters: number, slug, title, cells and recorded figures."
    )

    @OptionGroup var book: BookOptions

    func run(library: ChapterLibrary) throws -> Int32 {
        let chapters = try book.load().chapters
        let slugWidth = max(4, chapters.map(\.slug.count).max() ?? 0)
        print("##  " + "slug".padded(slugWidth) + "  cells  figures  title")
        for chapter in chapters {
            print(String(chapter.name.prefix(2)) + "  " + chapter.slug.padded(slugWidth) + "  "
                  + "\(chapter.cells.count)".leftPadded(5) + "  " + "\(chapter.figureCount)".leftPadded(7)
                  + "  " + chapter.title)
        }
        return 0
    }
}

extension String {
    func padded(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
