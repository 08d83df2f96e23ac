import BookRuntime

/// A figure a cell showed, with its number in the chapter.
package struct NumberedFigure: Sendable {
    /// 1 for the chapter's first figure, and so on across all its cells.
    package var ordinal: Int
    /// The index of the cell that showed it.
    package var cell: Int
    package var figure: FigureResult
}

extension Chapter {
    /// The figures of a run, cell by cell, numbered 1, 2, … across the chapter in the order
    /// the cells showed them. Every figure number of the book (record files, pages, labels,
    /// `ganbook run`) comes from here.
    package static func numberedFigures(_ results: [CellResult]) -> [[NumberedFigure]] {
        var ordinal = 0
        return results.enumerated().map { cell, result in
            result.figures.map { figure in
                ordinal += 1
                return NumberedFigure(ordinal: ordinal, cell: cell, figure: figure)
            }
        }
    }

    /// The file figure k is recorded in, `figure-k.svg`.
    package static func figureFileName(_ ordinal: Int) -> String { "figure-\(ordinal).svg" }

    /// The figure number of a recorded figure's file name, nil for any other name.
    package static func figureOrdinal(fileName: String) -> Int? {
        guard fileName.hasPrefix("figure-"), fileName.hasSuffix(".svg") else { return nil }
        return Int(fileName.dropFirst(7).dropLast(4))
    }

    /// The folder of the chapter's recorded figures, relative to the chapter file.
    package var figureFolder: String { "figures/\(slug)" }

    /// The image lines a cell's figures are recorded by: figure k of the chapter is
    /// `figures/<slug>/figure-k.svg`, its alt text the title.
    package func figureLinks(for cellIndex: Int, results: [CellResult]) -> [CellRecord.FigureLink] {
        let numbered = Self.numberedFigures(results)
        guard numbered.indices.contains(cellIndex) else { return [] }
        return numbered[cellIndex].map { figure in
            CellRecord.FigureLink(alt: figure.figure.title, url: "\(figureFolder)/\(Self.figureFileName(figure.ordinal))",
                                  label: figure.figure.label, line: 0)
        }
    }
}

extension CellRecord.FigureLink {
    /// The Markdown image line, followed by `{#fig:label}` when the figure has a label
    /// (pandoc's attribute syntax). Every ASCII punctuation character of the alt text is
    /// escaped, so cmark reads back exactly the title (no emphasis, code spans or brackets).
    package var markdown: String {
        var escapedAlt = ""
        for character in alt {
            if character.isASCII, character.isPunctuation || character.isSymbol { escapedAlt.append("\\") }
            escapedAlt.append(character.isNewline ? " " : character)
        }
        return "![\(escapedAlt)](\(url))" + (label.map { "{#fig:\($0)}" } ?? "")
    }
}
