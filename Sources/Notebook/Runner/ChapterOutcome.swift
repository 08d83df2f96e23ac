import BookFormat
import BookRuntime

/// How running one chapter ended.
public enum ChapterOutcome: Sendable {
    /// Every cell ran; their results in order, and anything the chapter wrote to standard
    /// output or error other than through `print` (which belongs to no cell).
    case finished([CellResult], strayOutput: String)
    case failed(ChapterFailure)
}

/// A chapter that trapped, exited early or ran out of time, located as precisely as the
/// evidence allows: the Markdown line from the trap message, else the first line of the cell
/// that was running.
public struct ChapterFailure: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    /// 1-based number of the cell that was running, if it had started one.
    public var cell: Int?
    public var message: String
    /// What the chapter's process wrote to its standard output and error, trimmed.
    public var log: String

    public init(path: String, line: Int, cell: Int? = nil, message: String, log: String = "") {
        self.path = path
        self.line = line
        self.cell = cell
        self.message = message
        self.log = log
    }

    public var description: String {
        let cellText = cell.map { "cell \($0) " } ?? ""
        var text = "\(path):\(line): error: \(cellText)\(message)"
        if !log.isEmpty {
            text += "\n" + log.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        }
        return text
    }
}
