import Foundation

/// The child's side of running a chapter in its own process.
///
/// The child appends `begin N` to the events file as cell N starts (written straight to the
/// file, so the parent knows the running cell even if the process dies a moment later), and
/// when every cell has run writes all results as JSON to the result file.
public enum ChapterChild {
    public static func run(_ program: ChapterProgram, chapterNumber: Int, events: URL, result: URL) throws {
        _ = FileManager.default.createFile(atPath: events.path, contents: nil)
        let log = try FileHandle(forWritingTo: events)
        let results = CellCapture.run(program, chapterNumber: chapterNumber) { index in
            log.write(Data("begin \(index)\n".utf8))
        }
        try log.close()
        try JSONEncoder().encode(results).write(to: result, options: .atomic)
    }

    /// The index of the last cell that began, from the events file's text.
    static func lastBegunCell(inEvents text: String) -> Int? {
        text.split(separator: "\n").last { $0.hasPrefix("begin ") }.flatMap { Int($0.dropFirst(6)) }
    }
}
