/// Rewrites a chapter's records (output blocks and figure image lines) to match a run,
/// touching nothing else: a cell whose record still matches keeps its bytes, and every byte
/// of prose and code stays as it was.
public enum RecordUpdater {
    public struct Update: Sendable {
        /// The chapter's new Markdown.
        public var source: String
        /// Figure files to write, by URL relative to the chapter, with their new content.
        public var figureFiles: [(url: String, svg: String)]
        /// One line per change, for the author: `path:line: what changed`.
        public var changes: [String]
    }

    public static func update(
        _ chapter: Chapter, results: [CellResult], readFigure: (String) -> String?,
        tolerance: TolerantText = TolerantText()
    ) -> Update {
        var lines = chapter.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var figureFiles: [(url: String, svg: String)] = []
        var changes: [String] = []

        // Last cell first, so the line numbers of earlier cells stay valid while splicing.
        for (cell, result) in zip(chapter.cells, results).reversed() {
            let links = chapter.figureLinks(for: cell.index, results: results)
            for (link, figure) in zip(links, result.figures).reversed() {
                if let old = readFigure(link.url), tolerance.equal(old, figure.fileSVG) { continue }
                figureFiles.insert((link.url, figure.fileSVG), at: 0)
            }
            let record = cell.record
            let outputMatches = tolerance.equal(record.output?.text ?? "", result.recordedText)
            let linksMatch = record.figures.map(\.markdown) == links.map(\.markdown)
            if outputMatches && linksMatch { continue }

            let region = recordLines(text: result.recordedText, links: links)
            let first = cell.closingLine  // 0-based index of the line after the closing fence
            let end = record.lastLine ?? cell.closingLine
            lines.replaceSubrange(first..<end, with: region)
            let line = record.output?.fenceLine ?? record.figures.first?.line ?? cell.closingLine + 1
            changes.insert("\(chapter.path):\(line): recorded "
                + describe(outputChanged: !outputMatches, linksChanged: !linksMatch, cell: cell.index), at: 0)
        }
        return Update(source: lines.joined(separator: "\n"), figureFiles: figureFiles, changes: changes)
    }

    /// The lines after a cell's closing fence that record `text` and `links`: a blank line, the
    /// output block, and each image line after a blank line. Nothing when there is nothing.
    static func recordLines(text: String, links: [CellRecord.FigureLink]) -> [String] {
        var region: [String] = []
        if !text.isEmpty {
            let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: text) + 1))
            region += ["", fence + "output"]
            region += text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            region.append(fence)
        }
        for link in links { region += ["", link.markdown] }
        return region
    }

    private static func longestBacktickRun(in text: String) -> Int {
        var longest = 0, current = 0
        for character in text {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    private static func describe(outputChanged: Bool, linksChanged: Bool, cell: Int) -> String {
        switch (outputChanged, linksChanged) {
        case (true, true): "the output and figures of cell \(cell + 1)"
        case (true, false): "the output of cell \(cell + 1)"
        default: "the figures of cell \(cell + 1)"
        }
    }
}
