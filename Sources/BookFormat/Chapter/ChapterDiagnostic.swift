/// An error in a chapter file, reported the way compilers do so editors can jump to it:
/// `chapters/01-pseudo-random-numbers.md:42: error: message`.
package struct ChapterDiagnostic: Error, Equatable, CustomStringConvertible, Sendable {
    /// The chapter's path relative to the package root.
    package var path: String
    /// The 1-based line the problem is on.
    package var line: Int
    /// What is wrong and what to do about it.
    package var message: String

    package init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    package var description: String { "\(path):\(line): error: \(message)" }
}
