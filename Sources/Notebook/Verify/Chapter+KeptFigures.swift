import BookFormat
import BookRuntime

extension Chapter {
    /// The image lines a cell's figures are recorded by, as `update` writes them and `verify`
    /// expects them. A figure keeps the file its chapter already records for its number when
    /// that file matches the run within `tolerance`, so a last-digit difference between
    /// machines renames nothing; any other figure is named after its new content
    /// (`figureLinks(for:results:)`).
    package func figureLinks(
        for cellIndex: Int, results: [CellResult], keepingMatching readFigure: (String) -> String?,
        tolerance: TolerantText
    ) -> [CellRecord.FigureLink] {
        let numbered = Self.numberedFigures(results)
        guard numbered.indices.contains(cellIndex) else { return [] }
        return zip(figureLinks(for: cellIndex, results: results), numbered[cellIndex]).map { fresh, figure in
            guard let url = recordedFigureURL(figure.ordinal), let file = readFigure(url),
                  tolerance.equal(file, figure.figure.fileSVG) else { return fresh }
            var kept = fresh
            kept.url = url
            return kept
        }
    }
}
