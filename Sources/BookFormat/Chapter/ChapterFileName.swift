/// The number and slug a chapter file name carries: `NN-slug.md`, two digits, a hyphen and a
/// slug of lowercase letters, digits and hyphens. The number orders the book; the slug names
/// the page, the figure folder and the chapter on the command line.
package struct ChapterFileName: Sendable, Equatable {
    package var number: Int
    package var slug: String

    /// Reads `fileName` (the last path component); `path` is only used in the diagnostic.
    package init(_ fileName: String, path: String) throws(ChapterDiagnostic) {
        let parts = fileName.split(separator: "-", maxSplits: 1)
        guard fileName.hasSuffix(".md"), parts.count == 2,
              parts[0].count == 2, parts[0].allSatisfy(\.isASCIIDigit),
              let number = Int(parts[0])
        else { throw Self.badName(path) }
        let slug = String(parts[1].dropLast(3))
        guard !slug.isEmpty, !slug.hasPrefix("-"), !slug.hasSuffix("-"),
              slug.allSatisfy({ $0.isASCIIDigit || ("a"..."z").contains($0) || $0 == "-" })
        else { throw Self.badName(path) }
        self.number = number
        self.slug = slug
    }

    private static func badName(_ path: String) -> ChapterDiagnostic {
        ChapterDiagnostic(
            path: path, line: 1,
            message: "a chapter file is named NN-slug.md (two digits, a hyphen, lowercase "
                + "letters, digits and hyphens), for example 03-transform-method.md; rename this file"
        )
    }
}

extension Character {
    package var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
