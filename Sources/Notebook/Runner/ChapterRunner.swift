import BookFormat
import BookRuntime
import Foundation

/// Runs chapters, each in a child process of its own: the chapter's compiled program (see
/// `ChapterCompiler` and `ChapterProcess`). A trap, an early exit or a hang then ends only
/// that chapter, and the parent can say where it happened.
package struct ChapterRunner: Sendable {
    /// A chapter still running after this long is stopped and reported.
    package var timeout: Duration
    package var progress: ProgressReporter

    package init(timeout: Duration, progress: ProgressReporter) {
        self.timeout = timeout
        self.progress = progress
    }

    /// The running process's own executable.
    package static var currentExecutable: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    }

    /// Runs `program`, compiled from `chapter`.
    package func run(_ chapter: Chapter, program executable: URL) -> ChapterOutcome {
        let memory: MemoryLimit
        do { memory = try MemoryLimit.fromEnvironment() } catch {
            return .failed(ChapterFailure(path: chapter.path, line: 1, message: "was not run: \(error)"))
        }
        guard let scratch = Self.makeScratchFolder(for: chapter) else {
            return .failed(ChapterFailure(path: chapter.path, line: 1, message: "could not create a scratch folder in "
                + "\(FileManager.default.temporaryDirectory.path): \(String(cString: strerror(errno)))"))
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let events = scratch.appending(path: "events"), result = scratch.appending(path: "result.json")
        let logFile = scratch.appending(path: "log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)

        let process = Process()
        process.executableURL = executable
        process.arguments = ["--number", "\(chapter.number)", "--events", events.path, "--result", result.path]
        let log = try? FileHandle(forWritingTo: logFile)
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        if let bytes = memory.bytes {
            process.environment = ProcessInfo.processInfo.environment.merging([ChapterProcess.memoryLimitVariable: "\(bytes)"]) { $1 }
        }

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let start = ContinuousClock.now
        do { try process.run() } catch {
            return .failed(ChapterFailure(path: chapter.path, line: 1, message: "could not start \(executable.path): \(error)"))
        }
        var timedOut = false
        while finished.wait(timeout: .now() + .milliseconds(100)) == .timedOut {
            let running = ChapterProcess.lastBegunCell(inEvents: read(events))
            progress.update(chapter: chapter, activity: .running(cell: running), elapsed: ContinuousClock.now - start)
            if ContinuousClock.now - start > timeout {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
                timedOut = true
                break
            }
        }
        try? log?.close()
        progress.finish(chapter)

        let output = read(logFile).trimmingCharacters(in: .whitespacesAndNewlines)
        if !timedOut, process.terminationReason == .exit, process.terminationStatus == 0,
           let data = try? Data(contentsOf: result),
           let results = try? JSONDecoder().decode([CellResult].self, from: data) {
            return .finished(results, strayOutput: output)
        }
        let cellIndex = ChapterProcess.lastBegunCell(inEvents: read(events))
        let cell = cellIndex.map { chapter.cells[$0] }
        // A trap in a cell read from a file of its own (a reader's answer to an exercise) names
        // that file, and is reported there even when a later cell called the code that trapped.
        let files = chapter.cells.compactMap(\.file).map { ($0, ($0 as NSString).lastPathComponent) }
            + [(chapter.path, chapter.name + ".md")]
        let located = files.lazy.compactMap { file in Self.location(of: file.1, in: output).map { (file.0, $0) } }.first
        let (path, line) = located ?? (cell?.file ?? chapter.path, cell?.firstCodeLine ?? 1)
        let message: String
        if !timedOut, MemoryLimit.ranOut(output: output) {
            message = "ran out of memory in chapter \(chapter.number) (the limit is \(memory.description); "
                + "\(MemoryLimit.variable)=8G raises it, =none removes it)"
        } else if timedOut {
            message = "did not finish within \(formatSeconds(timeout.seconds)) (the time limit, see --timeout); it was stopped"
        } else if process.terminationReason == .uncaughtSignal, process.terminationStatus == SIGKILL {
            message = Self.killedFromOutside(memory: memory)
        } else if process.terminationReason == .uncaughtSignal {
            message = "trapped (signal \(process.terminationStatus))"
                + (Self.trapMessage(in: output).map { ": " + $0 } ?? "")
        } else {
            message = "exited (status \(process.terminationStatus)) before the chapter finished"
        }
        // Cell numbers are the chapter's; a reader's file has none.
        return .failed(ChapterFailure(path: path, line: line, cell: path == chapter.path ? cellIndex.map { $0 + 1 } : nil, message: message,
                                      log: Self.trimmed(output, chapter: chapter)))
    }

    /// What is known of a chapter ended by a SIGKILL that ganbook did not send (its own, at the
    /// time limit, is reported as such): SIGKILL cannot be caught, so nothing in the chapter's
    /// output says who sent it, but what sends it unasked is nearly always the kernel's
    /// out-of-memory killer, when the machine runs short before the chapter reaches its limit.
    static func killedFromOutside(memory: MemoryLimit) -> String {
        let limit = memory.bytes == nil
            ? "it has no memory limit (\(MemoryLimit.variable)=none); set one, such as 4G, and it fails at "
                + "the allocation instead"
            : "its memory limit is \(memory.description) (\(MemoryLimit.variable)); the machine ran short first, "
                + "so free memory, run fewer chapters at once (--jobs 1) or lower the limit"
        return "was killed by signal 9 (SIGKILL) from outside ganbook, most likely by the kernel's out-of-memory "
            + "killer (`dmesg` or `journalctl -k` then shows \"Out of memory: Killed process\"): " + limit
    }

    /// A new folder of the child's files, readable by this user only, under a name no one
    /// could have prepared (`mkdtemp`): another local user cannot swap the results.
    private static func makeScratchFolder(for chapter: Chapter) -> URL? {
        var template = Array((FileManager.default.temporaryDirectory.path + "/ganbook-\(chapter.name)-XXXXXX").utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer in
            mkdtemp(buffer.baseAddress!).map { URL(fileURLWithPath: String(cString: $0), isDirectory: true) }
        }
    }

    private func read(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    /// The first `NN-slug.md:LINE` (for `file` `NN-slug.md`) in the output: the trap message
    /// or a backtrace frame.
    static func location(of file: String, in output: String) -> Int? {
        let marker = file + ":"
        var rest = output[...]
        while let range = rest.range(of: marker) {
            let digits = rest[range.upperBound...].prefix(while: \.isASCIIDigit)
            if let line = Int(digits) { return line }
            rest = rest[range.upperBound...]
        }
        return nil
    }

    /// The runtime's one-line reason, such as "Fatal error: Index out of range".
    static func trapMessage(in output: String) -> String? {
        for line in output.split(separator: "\n") {
            for reason in ["Fatal error", "Precondition failed", "Assertion failed"] {
                if let range = line.range(of: reason) { return String(line[range.lowerBound...]) }
            }
        }
        return nil
    }

    /// What the chapter printed before it stopped, and of the runtime's backtrace only the
    /// frames inside the chapter; at most 30 lines, so the report stays readable. The
    /// backtracer's own remarks ("swift-runtime: failed to suspend thread …", which depend on
    /// what the machine was doing) are left out too, so the same trap reads the same each time.
    static func trimmed(_ output: String, chapter: Chapter) -> String {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("swift-runtime: ") }
        let backtrace = lines.firstIndex { $0.hasPrefix("*** ") } ?? lines.endIndex
        let kept = lines[..<backtrace] + lines[backtrace...].filter { $0.contains(chapter.name + ".md:") }
        guard kept.count > 30 else { return kept.joined(separator: "\n") }
        return kept.prefix(30).joined(separator: "\n") + "\n… \(kept.count - 30) more lines"
    }
}
