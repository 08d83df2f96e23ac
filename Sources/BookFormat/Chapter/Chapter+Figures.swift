import BookRuntime

extension Chapter {
    /// The image lines a cell's figures are recorded by: figure k of the chapter (counting
    /// from 1 across all cells) is `figures/<slug>/figure-k.svg`, its alt text the title.
    public func figureLinks(for cellIndex: Int, results: [CellResult]) -> [CellRecord.FigureLink] {
        guard cellIndex < results.count else { return [] }
        let before = results.prefix(cellIndex).reduce(0) { $0 + $1.figures.count }
        return results[cellIndex].figures.enumerated().map { offset, figure in
            CellRecord.FigureLink(alt: figure.title, url: "figures/\(slug)/figure-\(before + offset + 1).svg",
                                  label: figure.label, line: 0)
        }
    }
}

extension CellRecord.FigureLink {
    /// The Markdown image line, followed by `{#fig:label}` when the figure has a label
    /// (pandoc's attribute syntax). Every ASCII punctuation character of the alt text is
    /// escaped, so cmark reads back exactly the title (no emphasis, code spans or brackets).
    public var markdown: String {
        var escapedAlt = ""
        for character in alt {
            if character.isASCII, character.isPunctuation || character.isSymbol { escapedAlt.append("\\") }
            escapedAlt.append(character.isNewline ? " " : character)
        }
        return "![\(escapedAlt)](\(url))" + (label.map { "{#fig:\($0)}" } ?? "")
    }
}
