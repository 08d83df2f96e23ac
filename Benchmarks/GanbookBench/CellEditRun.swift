import Foundation

/// "Cell edit → output": the wall-clock time of `ganbook run 3` after a learner has changed one
/// number in a cell of chapter 3, until its outputs are printed: the chapter is compiled again
/// (and only it) and run. Nothing is built with `swift build`.
///
/// It works on a copy of `chapters/` with a cache folder of its own, so nothing of the book's
/// own cache is used or disturbed: one run first compiles and records the chapter as it is,
/// then each timed run follows a new seed in the chapter's first cell.
struct CellEditRun {
    static let editedChapter = "03-transform-method.md"
    /// The line edited, and what replaces it in edit k (seeds 4, 5, …).
    static let original = "var generator = Xoshiro256StarStar(seed: 3)"
    static func edited(_ k: Int) -> String { "var generator = Xoshiro256StarStar(seed: \(3 + k))" }
    static let runs = 3

    /// Medians over the runs, in seconds: the whole command, and the compile within it.
    var seconds: Double
    var compileSeconds: Double
    /// The exit status of the last run.
    var status: Int32
    var succeeded: Bool { status == 0 && compileSeconds > 0 }

    init(ganbook: String) throws {
        let fileManager = FileManager.default
        let folder = fileManager.temporaryDirectory.appending(path: "ganbook-bench-cell-edit-\(getpid())")
        let chapters = folder.appending(path: "chapters"), file = chapters.appending(path: Self.editedChapter)
        try? fileManager.removeItem(at: folder)
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: folder) }
        try fileManager.copyItem(at: URL(fileURLWithPath: "chapters", isDirectory: true), to: chapters)
        let arguments = ["run", "3", "--chapters", chapters.path, "--cache", folder.appending(path: "cache").path,
                         "--figures", folder.appending(path: "figures").path]
        _ = try runProcess(ganbook, arguments)

        var times: [Double] = [], compiles: [Double] = []
        var last: (status: Int32, output: String) = (0, "")
        var text = try String(contentsOf: file, encoding: .utf8)
        for k in 1...Self.runs {
            let previous = k == 1 ? Self.original : Self.edited(k - 1)
            guard text.contains(previous) else { throw BenchError("\(Self.editedChapter) no longer holds '\(previous)'") }
            text = text.replacingOccurrences(of: previous, with: Self.edited(k))
            try text.write(to: file, atomically: true, encoding: .utf8)
            let elapsed = try ContinuousClock().measure { last = try runProcess(ganbook, arguments) }
            times.append(elapsed.seconds)
            compiles.append(Self.compileSeconds(in: last.output) ?? 0)
        }
        seconds = times.sorted()[times.count / 2]
        compileSeconds = compiles.sorted()[compiles.count / 2]
        status = last.status
    }

    /// The compile time on the summary line `run` prints: "… 8.0 s (compiling 2.1 s)".
    static func compileSeconds(in output: String) -> Double? {
        guard let range = output.range(of: "(compiling ", options: .backwards) else { return nil }
        return Double(output[range.upperBound...].prefix { $0.isNumber || $0 == "." })
    }
}
