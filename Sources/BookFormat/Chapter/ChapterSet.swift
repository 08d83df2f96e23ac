/// Checks that hold between chapters rather than within one.
package enum ChapterSet {
    /// Every chapter whose number or slug another chapter already uses, as a diagnostic on the
    /// later file (in path order). Numbers order the book; slugs name pages and figure folders.
    package static func duplicates(in chapters: [Chapter]) -> [ChapterDiagnostic] {
        let sorted = chapters.sorted { $0.path < $1.path }
        return clashes(sorted, key: \.number, what: { "number \(Chapter.twoDigits($0))" })
            + clashes(sorted, key: \.slug, what: { "slug '\($0)'" })
    }

    private static func clashes<Key: Hashable>(
        _ chapters: [Chapter], key: KeyPath<Chapter, Key>, what: (Key) -> String
    ) -> [ChapterDiagnostic] {
        var firstPath: [Key: String] = [:]
        var diagnostics: [ChapterDiagnostic] = []
        for chapter in chapters {
            if let first = firstPath[chapter[keyPath: key]] {
                diagnostics.append(ChapterDiagnostic(
                    path: chapter.path, line: 1,
                    message: "chapter \(what(chapter[keyPath: key])) is already used by \(first); "
                        + "give each chapter its own"
                ))
            } else {
                firstPath[chapter[keyPath: key]] = chapter.path
            }
        }
        return diagnostics
    }
}
