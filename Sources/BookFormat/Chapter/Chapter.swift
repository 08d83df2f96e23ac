/// A chapter file read into cells and their records. The Markdown text itself is kept so the
/// renderer and the updater work from the very bytes the author wrote.
package struct Chapter: Sendable {
    /// Path relative to the package root, as written in diagnostics and `#sourceLocation`.
    package var path: String
    package var number: Int
    package var slug: String
    /// The text of the first level-1 heading.
    package var title: String
    package var source: String
    package var cells: [Cell]
    /// Every `@fig:…` and `@eq:…` in the prose, in order.
    package var references: [CrossReference] = []
    /// Every labelled equation, `$$ … $$ {#eq:name}`, in order: equation k of this list is
    /// numbered k.
    package var equationLabels: [LabelDefinition] = []
    /// The chapter's exercises, in order (see `Exercise`).
    package var exercises: [Exercise] = []
    /// The source with its math and references lifted out, and cmark's reading of it: the one
    /// parse of the chapter, which the cells and records were read from and the pages are
    /// rendered from. Its lines are the source's (see `MathLifter.sourceLine`).
    package var lifted: MathLifter
    package var document: MarkdownDocument

    /// `NN-slug`, the chapter's name for pages and messages.
    package var name: String { "\(Self.twoDigits(number))-\(slug)" }

    /// A fingerprint of the cells' code and options (SHA-256, hexadecimal), blind to the prose,
    /// the records and the cells' line numbers. The compiled book carries the one it was built
    /// from, so running a binary older than its chapter is caught instead of checked; the
    /// result cache keys on it too (see `ChapterCacheKey`).
    package var cellsDigest: String {
        var hash = SHA256()
        for cell in cells {
            hash.update(field: cell.options.words.joined(separator: " "))
            hash.update(field: cell.code)
        }
        return hash.hexDigest
    }

    /// Number of figures recorded in the Markdown.
    package var figureCount: Int { cells.reduce(0) { $0 + $1.record.figures.count } }

    static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}

/// One Swift cell: a fenced ```` ```swift ```` block at the top level of a chapter.
package struct Cell: Sendable {
    package var index: Int
    package var code: String
    package var options: CellOptions
    /// Line of the opening fence; the code starts on the next line.
    package var fenceLine: Int
    /// Line of the closing fence.
    package var closingLine: Int
    package var record: CellRecord
    /// The file the code was read from when it is not the chapter: a reader's answer to an
    /// exercise, which `ganbook exercise --check` runs in the starter's place. Its code starts
    /// on the file's first line (`fenceLine` 0).
    package var file: String?

    package var firstCodeLine: Int { fenceLine + 1 }
}

/// What the Markdown records as a cell's results: its output block and figure images.
package struct CellRecord: Sendable, Equatable {
    package struct Output: Sendable, Equatable {
        package var text: String
        /// The lines of the block, from its opening to its closing fence.
        package var fenceLine: Int
        package var endLine: Int

        package init(text: String, fenceLine: Int, endLine: Int) {
            self.text = text
            self.fenceLine = fenceLine
            self.endLine = endLine
        }
    }

    package struct FigureLink: Sendable, Equatable {
        package var alt: String
        /// Relative to the chapter file, e.g. `figures/introduction/01-1a2b3c4d.svg`.
        package var url: String
        /// The figure's label name (`box-muller` for `{#fig:box-muller}`), if it has one.
        package var label: String?
        package var line: Int

        package init(alt: String, url: String, label: String? = nil, line: Int) {
            self.alt = alt
            self.url = url
            self.label = label
            self.line = line
        }
    }

    package var output: Output?
    package var figures: [FigureLink] = []
    /// The last line of the output block or figure images, if the cell has any.
    package var lastLine: Int?

    package init() {}
}
