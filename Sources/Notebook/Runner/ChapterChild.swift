import Foundation

/// The child's side of running a chapter in its own process.
///
/// The child appends `begin N` to the events file as cell N starts (written straight to the
/// file, so the parent knows the running cell even if the process dies a moment later), and
/// when every cell has run writes all results as JSON to the result file.
public enum ChapterChild {
    public static func run(_ program: ChapterProgram, chapterNumber: Int, events: URL, result: URL) throws {
        exitWhenParentDies(removing: events.deletingLastPathComponent())
        _ = FileManager.default.createFile(atPath: events.path, contents: nil)
        let log = try FileHandle(forWritingTo: events)
        let results = CellCapture.run(program, chapterNumber: chapterNumber) { index in
            log.write(Data("begin \(index)\n".utf8))
        }
        try log.close()
        try JSONEncoder().encode(results).write(to: result, options: .atomic)
    }

    /// A chapter must not outlive the ganbook that started it (killed by a CI time limit, say):
    /// a background thread checks every half second that the parent is still there, and
    /// otherwise removes the parent's scratch folder and ends the process.
    private static func exitWhenParentDies(removing scratch: URL) {
        let parent = getppid()
        Thread.detachNewThread {
            while getppid() == parent { usleep(500_000) }
            try? FileManager.default.removeItem(at: scratch)
            _exit(1)
        }
    }

    /// The index of the last cell that began, from the events file's text.
    static func lastBegunCell(inEvents text: String) -> Int? {
        text.split(separator: "\n").last { $0.hasPrefix("begin ") }.flatMap { Int($0.dropFirst(6)) }
    }
}
