import Foundation

/// Shows which chapter and cell is running, and for how long, on standard error, rewriting one
/// line in place. Silent when standard error is not a terminal, so logs and CI stay clean.
public struct ProgressReporter: Sendable {
    public var isEnabled: Bool

    public init(isEnabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.isEnabled = isEnabled
    }

    func update(chapter: Chapter, cell: Int?, elapsed: Duration) {
        guard isEnabled else { return }
        let cellText = cell.map { "cell \($0 + 1)/\(chapter.cells.count)" } ?? "starting"
        write("\r\u{1B}[K\(chapter.name)  \(cellText)  \(formatSeconds(elapsed.seconds))")
    }

    /// Clears the progress line.
    func finish() {
        guard isEnabled else { return }
        write("\r\u{1B}[K")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
