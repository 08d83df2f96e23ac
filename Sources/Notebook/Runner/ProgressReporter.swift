import BookFormat
import BookRuntime
import Foundation
import Synchronization

/// What a chapter is doing, as progress reports tell it.
package enum ChapterActivity: Sendable, Equatable {
    /// Its cells are being compiled.
    case compiling
    /// Its program runs; `cell` is the index of the cell that began last (nil before the first).
    case running(cell: Int?)

    /// "compiling", "starting", "cell 3/15".
    package func text(cellCount: Int) -> String {
        switch self {
        case .compiling: "compiling"
        case .running(cell: nil): "starting"
        case let .running(cell: cell?): "cell \(cell + 1)/\(cellCount)"
        }
    }
}

/// Shows which chapters and cells are running, and for how long, on standard error, rewriting
/// one line in place: `04-slug  cell 3/15  2.1 s`, one such entry per running chapter, in
/// chapter order. Silent when standard error is not a terminal, so logs and CI stay clean.
///
/// Chapters that run at once report from their own threads; the line is redrawn under a lock
/// from every running chapter's latest report, and cut at the terminal's width, since a line
/// that wraps can no longer be rewritten in place.
package final class ProgressReporter: Sendable {
    package let isEnabled: Bool
    /// The latest report of each running chapter, by chapter name (`NN-slug`, so sorting the
    /// names sorts the chapters).
    private let running = Mutex<[String: String]>([:])

    /// Told of every report, whether or not the line is drawn (the live preview shows it).
    private let observer: (@Sendable (Chapter, ChapterActivity) -> Void)?

    package init(isEnabled: Bool = isatty(STDERR_FILENO) == 1, observer: (@Sendable (Chapter, ChapterActivity) -> Void)? = nil) {
        self.isEnabled = isEnabled
        self.observer = observer
    }

    func update(chapter: Chapter, activity: ChapterActivity, elapsed: Duration) {
        observer?(chapter, activity)
        guard isEnabled else { return }
        running.withLock { running in
            running[chapter.name] = "\(chapter.name)  \(activity.text(cellCount: chapter.cells.count))  \(formatSeconds(elapsed.seconds))"
            draw(running)
        }
    }

    /// Takes the chapter off the line (which is left empty when it was the last one running).
    func finish(_ chapter: Chapter) {
        guard isEnabled else { return }
        running.withLock { running in
            running[chapter.name] = nil
            draw(running)
        }
    }

    /// Writes `text` and a newline to standard error, above the progress line, which is
    /// drawn again below it; writing it directly would append it to the progress line.
    package func note(_ text: String) {
        running.withLock { running in
            if isEnabled { write("\r\u{1B}[K") }
            write(text + "\n")
            if isEnabled { draw(running) }
        }
    }

    private func draw(_ running: [String: String]) {
        let line = running.keys.sorted().map { running[$0]! }.joined(separator: "   ")
        write("\r\u{1B}[K" + line.prefix(Self.terminalColumns() - 1))
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The width of the terminal on standard error, 80 when it cannot be told.
    private static func terminalColumns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
