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
        // The cells come from the chapter, and when an exercise is checked, one from the
        // reader's file: the first error in either is where the failure is reported.
        let files = [chapter.path] + chapter.cells.compactMap(\.file)
        var path = chapter.path, line = 1
        for text in lines where text.contains(": error: ") {
            guard let file = files.first(where: { text.hasPrefix($0 + ":") }) else { continue }
            path = file
            line = Int(text.dropFirst(file.count + 1).prefix(while: \.isASCIIDigit)) ?? 1
            break
        }
        let errors = lines.filter { $0.contains(": error: ") }.count
        let message = "does not compile (\(errors == 1 ? "1 error" : "\(errors) errors")); the compiler says:"
        let kept = lines.prefix(60).joined(separator: "\n")
        let log = lines.count > 60 ? kept + "\n… \(lines.count - 60) more lines" : kept
        return ChapterFailure(path: path, line: line, message: message, log: log.trimmingTrailingNewlines)
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
