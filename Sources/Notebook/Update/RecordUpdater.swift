import BookFormat
import BookRuntime

/// Rewrites a chapter's records (output blocks and figure image lines) to match a run and
/// touches nothing else: a record that still matches keeps its bytes, a changed output block
/// is replaced by its own lines only (keeping its fence), and every byte of prose and code
/// stays as it was.
package enum RecordUpdater {
    package struct Update: Sendable {
        /// The chapter's new Markdown.
        package var source: String
        /// Figure files to write, by URL relative to the chapter, with their new content: each
        /// named after its content (`Chapter.figureFileName`), beside the files the old
        /// chapter's image lines name.
        package var figureFiles: [(url: String, svg: String)]
        /// One line per changed cell, for the author: `path:line: what changed`, the line
        /// being where the cell's record now starts.
        package var changes: [String]
    }

    package static func update(
        _ chapter: Chapter, results: [CellResult], readFigure: (String) -> String?,
        tolerance: TolerantText = TolerantText()
    ) -> Update {
        var lines = Lines(chapter.source)
        var figureFiles: [(url: String, svg: String)] = []
        var changes: [String] = []

        // Last cell first, and within a cell its figures before its output, so the line
        // numbers still to be used stay valid while splicing.
        for (cell, result) in zip(chapter.cells, results).reversed() {
            let links = chapter.figureLinks(for: cell.index, results: results, keepingMatching: readFigure,
                                            tolerance: tolerance)
            for (link, figure) in zip(links, result.figures).reversed() {
                if let old = readFigure(link.url), tolerance.equal(old, figure.fileSVG) { continue }
                figureFiles.insert((link.url, figure.fileSVG), at: 0)
            }
            let record = cell.record
            let outputChanged = !tolerance.equal(record.output?.text ?? "", result.recordedText)
            let linksChanged = record.figures.map(\.markdown) != links.map(\.markdown)
            if linksChanged {
                let images = links.map(\.markdown).joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false)
                if let first = record.figures.first, let last = record.lastLine {
                    lines.replace(first.line...last, with: images.map(String.init))
                } else {
                    lines.insert(images.map(String.init), after: record.output?.endLine ?? cell.closingLine)
                }
            }
            if outputChanged {
                let fence = record.output.flatMap { FenceLine(lines.original[$0.fenceLine - 1]) }
                let block = outputBlock(result.recordedText, fence: fence)
                if let output = record.output {
                    lines.replace(output.fenceLine...output.endLine, with: block)
                } else {
                    lines.insert(block, after: cell.closingLine)
                }
            }
            guard outputChanged || linksChanged else { continue }
            let line = outputChanged
                ? record.output?.fenceLine ?? cell.closingLine + 2
                : record.figures.first?.line ?? (record.output?.endLine ?? cell.closingLine) + 2
            changes.insert("\(chapter.path):\(line): recorded "
                + describe(outputChanged: outputChanged, linksChanged: linksChanged, cell: cell.index), at: 0)
        }
        return Update(source: lines.text, figureFiles: figureFiles, changes: changes)
    }

    /// The lines of an output block for `text`, or none when there is nothing to record. The
    /// block keeps the fence it had (` ``` ` or `~~~`) unless the text holds a run of its
    /// character as long, in which case the fence grows.
    static func outputBlock(_ text: String, fence: FenceLine?) -> [String] {
        guard !text.isEmpty else { return [] }
        let character = fence?.character ?? "`"
        let length = max(fence?.length ?? 3, longestRun(of: character, in: text) + 1)
        let marker = String(repeating: character, count: length)
        return [marker + "output"]
            + text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            + [marker]
    }

    private static func longestRun(of target: Character, in text: String) -> Int {
        var longest = 0, current = 0
        for character in text {
            current = character == target ? current + 1 : 0
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

/// The chapter's lines, edited from the bottom up by 1-based line numbers of the original.
private struct Lines {
    let original: [Substring]
    private var current: [String]

    init(_ text: String) {
        original = text.split(separator: "\n", omittingEmptySubsequences: false)
        current = original.map(String.init)
    }

    var text: String { current.joined(separator: "\n") }

    /// Replaces lines `range` with `new`; with nothing new, also drops the blank lines just
    /// above, which separated the removed record from what precedes it.
    mutating func replace(_ range: ClosedRange<Int>, with new: [String]) {
        var start = range.lowerBound - 1
        if new.isEmpty {
            while start > 0, current[start - 1].allSatisfy(\.isWhitespace) { start -= 1 }
        }
        current.replaceSubrange(start..<range.upperBound, with: new)
    }

    /// Inserts `new` after line `line`, behind a blank line.
    mutating func insert(_ new: [String], after line: Int) {
        guard !new.isEmpty else { return }
        current.insert(contentsOf: [""] + new, at: line)
    }
}
