import BookFormat
import BookRuntime

/// How running one chapter ended.
package enum ChapterOutcome: Sendable {
    /// Every cell ran; their results in order, and anything the chapter wrote to standard
    /// output or error other than through `print` (which belongs to no cell).
    case finished([CellResult], strayOutput: String)
    case failed(ChapterFailure)
}

/// A chapter that trapped, exited early or ran out of time, located as precisely as the
/// evidence allows: the Markdown line from the trap message, else the first line of the cell
/// that was running.
package struct ChapterFailure: Error, Sendable, CustomStringConvertible {
    package var path: String
    package var line: Int
    /// 1-based number of the cell that was running, if it had started one.
    package var cell: Int?
    package var message: String
    /// What the chapter's process wrote to its standard output and error, trimmed.
    package var log: String

    package init(path: String, line: Int, cell: Int? = nil, message: String, log: String = "") {
        self.path = path
        self.line = line
        self.cell = cell
        self.message = message
        self.log = log
    }

    package var description: String {
        let cellText = cell.map { "cell \($0) " } ?? ""
        var text = "\(path):\(line): error: \(cellText)\(message)"
        if !log.isEmpty {
            text += "\n" + log.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        }
        return text
    }
}
