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

    /// The file figure k is recorded in: `kk-hhhhhhhh.svg`, the ordinal (two digits at least)
    /// and the first 8 hexadecimal digits of the SHA-256 of the SVG. A figure whose content
    /// changes gets a new name, so `ganbook update` writes it beside the old file instead of
    /// over it, and renaming the chapter file into place switches from the old figures to the
    /// new ones in one step: a crash at any moment leaves the chapter with the files it names.
    package static func figureFileName(_ ordinal: Int, svg: String) -> String {
        let number = String(ordinal)
        return String(repeating: "0", count: max(0, 2 - number.count)) + number
            + "-" + SHA256.hexDigest(of: svg).prefix(8) + ".svg"
    }

    /// The figure number of a recorded figure's file name (`figureFileName`), nil for any
    /// other name.
    package static func figureOrdinal(fileName: String) -> Int? {
        let parts = fileName.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 12, parts[1].hasSuffix(".svg"),
              parts[1].dropLast(4).allSatisfy(\.isHexDigit), parts[0].count >= 2,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let ordinal = Int(parts[0]), ordinal > 0 else { return nil }
        return ordinal
    }

    /// The folder of a chapter's recorded figures, relative to the chapter file: `figures/<slug>`.
    package static func figureFolder(slug: String) -> String { "figures/\(slug)" }

    /// The folder of the chapter's recorded figures, relative to the chapter file.
    package var figureFolder: String { Self.figureFolder(slug: slug) }

    /// The figure number an image line's URL stands for, nil unless it names a figure file
    /// (`figureFileName`) in the chapter's folder.
    package func figureOrdinal(url: String) -> Int? {
        let prefix = figureFolder + "/"
        guard url.hasPrefix(prefix) else { return nil }
        return Self.figureOrdinal(fileName: String(url.dropFirst(prefix.count)))
    }

    /// The URL the chapter's image lines record figure `ordinal` at, if one does.
    package func recordedFigureURL(_ ordinal: Int) -> String? {
        cells.lazy.flatMap(\.record.figures).first { figureOrdinal(url: $0.url) == ordinal }?.url
    }

    /// The figure files the chapter's image lines name, relative to the chapter file.
    package var recordedFigureFiles: Set<String> { Set(cells.flatMap { $0.record.figures.map(\.url) }) }

    /// The image lines a cell's figures are recorded by when written afresh: figure k of the
    /// chapter is `figures/<slug>/<figureFileName(k, svg)>`, its alt text the title.
    package func figureLinks(for cellIndex: Int, results: [CellResult]) -> [CellRecord.FigureLink] {
        let numbered = Self.numberedFigures(results)
        guard numbered.indices.contains(cellIndex) else { return [] }
        return numbered[cellIndex].map { figure in
            let name = Self.figureFileName(figure.ordinal, svg: figure.figure.fileSVG)
            return CellRecord.FigureLink(alt: figure.figure.title, url: "\(figureFolder)/\(name)",
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
