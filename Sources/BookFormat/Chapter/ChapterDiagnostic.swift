/// An error in a chapter file, reported the way compilers do so editors can jump to it:
/// `chapters/01-pseudo-random-numbers.md:42: error: message`.
public struct ChapterDiagnostic: Error, Equatable, CustomStringConvertible, Sendable {
    /// The chapter's path relative to the package root.
    public var path: String
    /// The 1-based line the problem is on.
    public var line: Int
    /// What is wrong and what to do about it.
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { "\(path):\(line): error: \(message)" }
}
