import BookFormat
import BookRuntime

/// Compares what a chapter's cells produced with what the chapter records, and describes every
/// difference at the line of the record it concerns.
package struct ChapterComparison: Sendable {
    /// One way the run differs from the record.
    package struct Difference: Sendable, Equatable, CustomStringConvertible {
        package var path: String
        package var line: Int
        package var summary: String
        /// A unified diff from the record to the run; empty when a summary says it all.
        package var diff: String

        package var description: String {
            "\(path):\(line): \(summary)" + (diff.isEmpty ? "" : "\n--- recorded\n+++ actual\n" + diff)
        }
    }

    package var tolerance = TolerantText()
    /// Diffs are cut after this many lines; a figure's SVG can be long.
    package var maximumDiffLines = 60

    package init() {}

    /// - Parameter readFigure: the recorded file at a URL relative to the chapter, if it exists.
    package func differences(
        _ chapter: Chapter, results: [CellResult], readFigure: (String) -> String?
    ) -> [Difference] {
        var differences: [Difference] = []
        func report(_ line: Int, _ summary: String, old: String = "", new: String = "") {
            differences.append(Difference(path: chapter.path, line: line, summary: summary,
                                          diff: old == new ? "" : diff(old, new)))
        }
        let numbered = Chapter.numberedFigures(results)
        for (cell, result) in zip(chapter.cells, results) {
            let record = cell.record
            let recordedText = record.output?.text ?? ""
            if !tolerance.equal(recordedText, result.recordedText) {
                report(record.output?.fenceLine ?? cell.closingLine,
                       record.output == nil
                           ? "cell \(cell.index + 1) printed output that has no ```output block"
                           : "output of cell \(cell.index + 1) differs from its record",
                       old: recordedText, new: result.recordedText)
            }
            let expected = chapter.figureLinks(for: cell.index, results: results, keepingMatching: readFigure,
                                               tolerance: tolerance)
            // A file name stands for its figure's number here; a figure whose content changed
            // is reported below, with its diff, rather than as a renamed image line.
            func key(_ link: CellRecord.FigureLink) -> [String?] {
                [link.alt, link.label, chapter.figureOrdinal(url: link.url).map(String.init) ?? link.url]
            }
            if record.figures.map(key) != expected.map(key) {
                report(record.figures.first?.line ?? record.lastLine ?? cell.closingLine,
                       "figures of cell \(cell.index + 1) differ from the recorded image lines",
                       old: record.figures.map(\.markdown).joined(separator: "\n"),
                       new: expected.map(\.markdown).joined(separator: "\n"))
            }
            for (link, figure) in zip(expected, numbered[cell.index]) {
                let url = chapter.recordedFigureURL(figure.ordinal) ?? link.url
                let line = record.figures.first(where: { $0.url == url })?.line ?? cell.closingLine
                guard let recorded = readFigure(url) else {
                    report(line, "figure file \(url) is missing")
                    continue
                }
                if !tolerance.equal(recorded, figure.figure.fileSVG) {
                    // An explorable figure's diff seldom shows which value a line draws; say it.
                    let which = figure.figure.parameter.map { parameter in
                        let values = ExplorableFrames.changedValues(
                            recorded: recorded, new: figure.figure.fileSVG, parameter: parameter, tolerance: tolerance)
                        return values.isEmpty ? "" : ", in its frames for \(parameter.name) = " + values.joined(separator: ", ")
                    } ?? ""
                    report(line, "figure \(url) differs from its recorded file" + which,
                           old: recorded, new: figure.figure.fileSVG)
                }
            }
        }
        return differences
    }

    private func diff(_ old: String, _ new: String) -> String {
        let full = LineDiff.unified(from: old, to: new) { tolerance.equal(String($0), String($1)) }
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > maximumDiffLines else { return full }
        return lines.prefix(maximumDiffLines).joined(separator: "\n")
            + "\n… \(lines.count - maximumDiffLines) more diff lines"
    }
}
