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
        write("\r\u{1B}[K\(chapter.name)  \(cellText)  \(Self.seconds(elapsed))")
    }

    func finish(chapter: Chapter, elapsed: Duration) {
        guard isEnabled else { return }
        write("\r\u{1B}[K")
    }

    static func seconds(_ duration: Duration) -> String {
        let tenths = Int((Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18) * 10)
        return "\(tenths / 10).\(tenths % 10) s"
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
