import BookFormat
import Foundation

/// The compiler's complaints about a chapter, as a chapter failure: located at the first
/// error in the chapter's Markdown (the tangled source maps every cell line back to it with
/// `#sourceLocation`), with the compiler's own messages as the log.
struct CompilerDiagnostics {
    var output: String
    var chapter: Chapter
    /// The tangled file's path, which appears only in errors outside the cells (a bug of the
    /// engine, or a cell that closed the function it stands in).
    var generatedFile: String

    var failure: ChapterFailure {
        let output = output.replacingOccurrences(of: generatedFile, with: "<\(chapter.name) as tangled>")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let errorLine = lines.first { $0.hasPrefix(chapter.path + ":") && $0.contains(": error: ") }
        let line = errorLine.flatMap { Int($0.dropFirst(chapter.path.count + 1).prefix(while: \.isASCIIDigit)) } ?? 1
        let errors = lines.filter { $0.contains(": error: ") }.count
        let message = "does not compile (\(errors == 1 ? "1 error" : "\(errors) errors")); the compiler says:"
        let kept = lines.prefix(60).joined(separator: "\n")
        let log = lines.count > 60 ? kept + "\n… \(lines.count - 60) more lines" : kept
        return ChapterFailure(path: chapter.path, line: line, message: message, log: log.trimmingTrailingNewlines)
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
