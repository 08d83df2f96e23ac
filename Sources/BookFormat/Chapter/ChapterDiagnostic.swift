/// An error in a chapter file, reported the way compilers do so editors can jump to it:
/// `chapters/01-pseudo-random-numbers.md:42: error: message`.
package struct ChapterDiagnostic: Error, Equatable, CustomStringConvertible, Sendable {
    /// The chapter's path relative to the package root.
    package var path: String
    /// The 1-based line the problem is on.
    package var line: Int
    /// The 1-based column, in characters, when the problem is one character (a byte that is
    /// not UTF-8, a reserved character).
    package var column: Int?
    /// What is wrong and what to do about it.
    package var message: String

    package init(path: String, line: Int, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    package var description: String { "\(path):\(line)\(column.map { ":\($0)" } ?? ""): error: \(message)" }
}
