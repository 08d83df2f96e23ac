/// Checks that hold between chapters rather than within one.
public enum ChapterSet {
    /// Every chapter whose number another chapter already uses, as a diagnostic on the later
    /// file (in path order).
    public static func duplicateNumbers(in chapters: [Chapter]) -> [ChapterDiagnostic] {
        var firstPathForNumber: [Int: String] = [:]
        var diagnostics: [ChapterDiagnostic] = []
        for chapter in chapters.sorted(by: { $0.path < $1.path }) {
            if let first = firstPathForNumber[chapter.number] {
                diagnostics.append(ChapterDiagnostic(
                    path: chapter.path, line: 1,
                    message: "chapter number \(Chapter.twoDigits(chapter.number)) is already used by "
                        + "\(first); give each chapter its own number"
                ))
            } else {
                firstPathForNumber[chapter.number] = chapter.path
            }
        }
        return diagnostics
    }
}
