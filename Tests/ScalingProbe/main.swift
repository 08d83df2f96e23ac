// Builds one chapter's pages, for LinearScalingTests to count the instructions it takes under
// valgrind: `ScalingProbe FILE` reads the chapter text from FILE and runs every stage from
// text to pages once, in `probePages`, which callgrind counts alone
// (`--toggle-collect='*ScalingProbe*probePages*'`), without the process's start-up and the
// theme's loading, which do not grow with the chapter.
import BookFormat
import Foundation
import Notebook

/// The chapter parser, label resolution, page rendering and the site's files (the search
/// index among them), as `ganbook build` runs them.
@inline(never)
func probePages(_ text: String, theme: Theme) {
    guard let chapter = try? ChapterParser.parse(text, path: "chapters/01-probe.md") else { return }
    let labels = LabelIndex(chapters: [chapter], results: [chapter.path: []])
    let (site, _) = BookSite.render([BookSite.Run(chapter: chapter, results: [])], labels: labels, bookTitle: "Probe")
    _ = try? site.files(theme: theme)
}

let arguments = CommandLine.arguments
guard arguments.count == 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: ScalingProbe CHAPTER-FILE\n".utf8))
    exit(2)
}
probePages(String(decoding: data, as: UTF8.self), theme: try Theme.load())
