import Foundation

/// The `main` of a compiled chapter: the executable ganbook builds from a chapter's cells and
/// starts as a child process, one per chapter run.
///
///     <chapter executable> --number N --events FILE --result FILE
///
/// It appends `begin K` to the events file as cell K starts (written straight to the file, so
/// the parent knows the running cell even if the process dies a moment later), and when every
/// cell has run writes all results as JSON to the result file. Anything else on the command
/// line is a usage error (exit status 2): the executable is not meant to be run by hand.
public enum ChapterProcess {
    public static func main(cells: () -> Void) -> Never {
        guard let arguments = Arguments(CommandLine.arguments.dropFirst()) else {
            FileHandle.standardError.write(Data("usage: \(CommandLine.arguments[0]) --number N --events FILE --result FILE\n(ganbook runs this chapter; try ganbook run instead)\n".utf8))
            exit(2)
        }
        exitWhenParentDies(removing: arguments.events.deletingLastPathComponent())
        limitMemory()
        do {
            _ = FileManager.default.createFile(atPath: arguments.events.path, contents: nil)
            let log = try FileHandle(forWritingTo: arguments.events)
            let results = CellCapture.run(cells, chapterNumber: arguments.number) { index in
                log.write(Data("begin \(index)\n".utf8))
            }
            try log.close()
            try JSONEncoder().encode(results).write(to: arguments.result, options: .atomic)
            exit(0)
        } catch {
            FileHandle.standardError.write(Data("could not record the chapter's results: \(error)\n".utf8))
            exit(1)
        }
    }

    /// The environment variable through which ganbook gives the chapter its memory limit, in
    /// bytes.
    public static let memoryLimitVariable = "GANBOOK_CHAPTER_MEMORY_BYTES"

    /// Caps the memory this process may write to (`RLIMIT_DATA`) at what ganbook passed, so a
    /// chapter that allocates without bound gets a failed allocation, which the runtime reports
    /// and ganbook reads as "ran out of memory", long before the machine runs short. Set here
    /// rather than by ganbook because Foundation's `Process` runs nothing between fork and exec.
    private static func limitMemory() {
        guard let text = ProcessInfo.processInfo.environment[memoryLimitVariable], let bytes = rlim_t(text) else { return }
        var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
        if setrlimit(Int32(RLIMIT_DATA.rawValue), &limit) != 0 {
            FileHandle.standardError.write(Data("could not set the memory limit: \(String(cString: strerror(errno)))\n".utf8))
        }
    }

    /// The index of the last cell that began, from the events file's text.
    public static func lastBegunCell(inEvents text: String) -> Int? {
        text.split(separator: "\n").last { $0.hasPrefix("begin ") }.flatMap { Int($0.dropFirst(6)) }
    }

    /// A chapter must not outlive the ganbook that started it (killed by a CI time limit, say):
    /// a background thread checks every half second that the parent is still there, and
    /// otherwise removes the parent's scratch folder (which holds the events file) and ends.
    private static func exitWhenParentDies(removing scratch: URL) {
        let parent = getppid()
        Thread.detachNewThread {
            while getppid() == parent { usleep(500_000) }
            try? FileManager.default.removeItem(at: scratch)
            _exit(1)
        }
    }

    private struct Arguments {
        var number: Int
        var events: URL
        var result: URL

        init?(_ words: ArraySlice<String>) {
            var values: [String: String] = [:]
            var rest = words
            while let flag = rest.popFirst() {
                guard ["--number", "--events", "--result"].contains(flag), values[flag] == nil,
                      let value = rest.popFirst() else { return nil }
                values[flag] = value
            }
            guard let number = values["--number"].flatMap({ Int($0) }),
                  let events = values["--events"], let result = values["--result"] else { return nil }
            self.number = number
            self.events = URL(fileURLWithPath: events)
            self.result = URL(fileURLWithPath: result)
        }
    }
}
