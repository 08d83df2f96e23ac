import Foundation

/// "Prose edit": the wall-clock time of `ganbook build` after an author has changed only the
/// prose of one chapter. Every chapter's results then come from the cache that the
/// `verify --force` runs filled, so what is timed is loading the book and the cache, rendering
/// the site and writing it.
///
/// It builds a copy of `chapters/` in a temporary folder, with one paragraph added to
/// chapter 3 right under its title (so outside any code fence), into a site in the same
/// folder, and removes the folder afterwards.
struct ProseEditBuild {
    /// The chapter that gets the new paragraph.
    static let editedChapter = "03-transform-method.md"
    static let paragraph = "A paragraph the benchmark adds: prose only, so every chapter's results stay cached."
    /// Runs of the build; the median is reported.
    static let runs = 3

    /// The median wall-clock time over the runs, in seconds.
    var seconds: Double
    /// The exit status of the last run (0 when the site was written).
    var status: Int32
    /// The chapter lines of the last run ("…/03-transform-method.md  15 cells, 7 figures, cached").
    var chapterLines: [String]
    var cachedCount: Int { chapterLines.count(where: { $0.hasSuffix(", cached") }) }
    /// Whether the last run wrote the site with every chapter taken from the cache: a time is
    /// only the time of a prose edit when it did.
    var succeeded: Bool { status == 0 && !chapterLines.isEmpty && cachedCount == chapterLines.count }

    /// Times `ganbook build` on an edited copy of `chapters/` in the current directory (the
    /// package's root).
    init(ganbook: String) throws {
        let fileManager = FileManager.default
        let folder = fileManager.temporaryDirectory.appending(path: "ganbook-bench-prose-edit-\(getpid())")
        let chapters = folder.appending(path: "chapters")
        try? fileManager.removeItem(at: folder)
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: folder) }
        try fileManager.copyItem(at: URL(fileURLWithPath: "chapters", isDirectory: true), to: chapters)
        try Self.addParagraph(to: chapters.appending(path: Self.editedChapter))

        let arguments = ["build", "--chapters", chapters.path, "--output", folder.appending(path: "site").path]
        var times: [Double] = []
        var last: (status: Int32, output: String) = (0, "")
        let clock = ContinuousClock()
        for _ in 0..<Self.runs {
            let elapsed = try clock.measure {
                last = try runProcess(ganbook, arguments)
            }
            times.append(elapsed.seconds)
        }
        seconds = times.sorted()[times.count / 2]
        status = last.status
        chapterLines = last.output.split(separator: "\n").map(String.init).filter { $0.hasPrefix(chapters.path + "/") }
    }

    /// Adds `paragraph` to the chapter at `file`, after its title line and a blank line.
    private static func addParagraph(to file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        guard text.hasPrefix("# "), let titleEnd = text.firstIndex(of: "\n") else {
            throw BenchError("\(file.path) does not begin with its title, so the benchmark cannot place its paragraph")
        }
        let edited = text[..<titleEnd] + "\n\n" + paragraph + text[titleEnd...]
        try edited.write(to: file, atomically: false, encoding: .utf8)
    }
}
