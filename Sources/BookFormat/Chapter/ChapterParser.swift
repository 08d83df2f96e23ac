/// Reads a chapter's Markdown into a `Chapter`: its title, its Swift cells in order and what
/// each cell has recorded (an output block and figure images right after it).
///
/// Everything malformed is an error at the offending line rather than a guess: an unclosed
/// fence, an unknown cell option, an output block or figure that follows no cell, a cell inside
/// a list or quote, a missing title.
package enum ChapterParser {
    /// - Parameters:
    ///   - source: the file's text.
    ///   - path: the file's path relative to the package root, e.g. `chapters/00-introduction.md`.
    package static func parse(_ source: String, path: String) throws(ChapterDiagnostic) -> Chapter {
        let fileName = String(path.split(separator: "/").last ?? Substring(path))
        let name = try ChapterFileName(fileName, path: path)
        if let line = firstLineWithCarriageReturn(source) {
            throw ChapterDiagnostic(
                path: path, line: line,
                message: "this line ends in a carriage return (Windows line endings); convert the "
                    + "chapter to Unix line endings, for example with: sed -i 's/\\r$//' \(path)"
            )
        }
        try ReservedCharacters.check(source, path: path)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        // Math and references are lifted out before cmark parses the chapter, once: the blocks
        // the cells and records are read from are the blocks the page is rendered from, and a
        // stray dollar or a misplaced equation label stops every command, and the build.
        let lifted = try MathLifter(source, path: path)
        let document = CommonMark.parse(lifted.markdown, isDisplayMath: lifted.isDisplayPlaceholder).mappingLines(lifted.sourceLine)
        var reader = Reader(path: path, slug: name.slug, lines: lines)

        for nested in document.nestedCodeBlocks where Reader.isCellLanguage(nested.info) {
            throw ChapterDiagnostic(
                path: path, line: nested.line,
                message: "a ```\(nested.info) block must stand at the top level of the chapter, "
                    + "not inside a list or a quote; move it out and remove its indentation"
            )
        }
        for block in document.blocks { try reader.read(block) }
        guard let title = reader.title else {
            throw ChapterDiagnostic(
                path: path, line: 1,
                message: "a chapter begins with its title as a level-1 heading, such as "
                    + "'# The inverse transform method'; add one"
            )
        }
        var chapter = Chapter(path: path, number: name.number, slug: name.slug, title: lifted.plainText(title),
                              source: source, cells: reader.cells, lifted: lifted, document: document)
        chapter.exercises = try Exercise.read(
            cells: reader.cells, headings: reader.headingBeforeCell.mapValues { heading in
                var heading = heading
                heading.text = lifted.plainText(heading.text)
                return heading
            }, lines: lines, chapterNumber: name.number, path: path)
        chapter.references = lifted.references
        chapter.equationLabels = lifted.equationLabels
        return chapter
    }

    /// The chapter is read line by line at "\n"; a "\r" would hide line ends from that split
    /// (Swift keeps "\r\n" as one character) while cmark counts it, so line numbers would drift.
    private static func firstLineWithCarriageReturn(_ source: String) -> Int? {
        var line = 1
        for scalar in source.unicodeScalars {
            if scalar == "\r" { return line }
            if scalar == "\n" { line += 1 }
        }
        return nil
    }
}

/// The state of one pass over the top-level blocks.
private struct Reader {
    let path: String
    let slug: String
    let lines: [Substring]
    var cells: [Cell] = []
    var title: String?
    /// The heading just before a cell (by the cell's index), when no cell came between them:
    /// an exercise's starter needs one, its title.
    var headingBeforeCell: [Int: Exercise.Heading] = [:]
    private var lastHeading: Exercise.Heading?
    /// True while the previous block is a cell or part of its record, so an output block or a
    /// figure image may attach to it.
    var attachable = false

    static func isCellLanguage(_ info: String) -> Bool {
        let language = info.split(whereSeparator: \.isWhitespace).first
        return language == "swift" || language == "output"
    }

    init(path: String, slug: String, lines: [Substring]) {
        self.path = path
        self.slug = slug
        self.lines = lines
    }

    mutating func read(_ block: MarkdownBlock) throws(ChapterDiagnostic) {
        if case .codeBlock = block.kind { try requireClosedFence(block) }
        switch BlockRole(block, slug: slug) {
        case let .cell(words):
            guard case let .codeBlock(_, code) = block.kind else { return }
            let options = try CellOptions(words: words, path: path, line: block.startLine)
            cells.append(Cell(index: cells.count, code: code, options: options,
                              fenceLine: block.startLine, closingLine: block.endLine, record: CellRecord()))
            headingBeforeCell[cells.count - 1] = lastHeading
            lastHeading = nil
            attachable = true
        case let .output(extraWords):
            guard case let .codeBlock(_, text) = block.kind else { return }
            try attachOutput(text, extraWords: extraWords, block: block)
        case let .figures(images):
            try attachFigures(images, block: block)
        case .other:
            if case let .heading(level, text, _) = block.kind {
                if level == 1, title == nil { title = text }
                lastHeading = Exercise.Heading(text: text, line: block.startLine, endLine: block.endLine)
            }
            attachable = false
        }
    }

    private mutating func attachOutput(_ text: String, extraWords: [Substring], block: MarkdownBlock) throws(ChapterDiagnostic) {
        guard attachable, let last = cells.indices.last,
              cells[last].record.output == nil, cells[last].record.figures.isEmpty
        else {
            throw error(block.startLine, "this output block follows no cell; an ```output block "
                + "belongs right after the ```swift cell it records, before its figures "
                + "(move it there, or delete it and run `ganbook update`)")
        }
        guard extraWords.isEmpty else {
            throw error(block.startLine, "an ```output block takes no options; remove '"
                + extraWords.joined(separator: " ") + "'")
        }
        cells[last].record.output = CellRecord.Output(text: text, fenceLine: block.startLine, endLine: block.endLine)
        cells[last].record.lastLine = block.endLine
    }

    private mutating func attachFigures(_ images: [MarkdownImage], block: MarkdownBlock) throws(ChapterDiagnostic) {
        guard attachable, let last = cells.indices.last,
              images.allSatisfy({ BlockRole.isFigureLink($0, slug: slug) }) else {
            throw error(block.startLine, "this recorded figure follows no cell; images under "
                + "\(Chapter.figureFolder(slug: slug))/ belong right after the cell that shows them "
                + "(delete the line and run `ganbook update`)")
        }
        for image in images {
            cells[last].record.figures.append(CellRecord.FigureLink(
                alt: image.alt, url: image.url, label: try figureLabel(image), line: image.line))
        }
        cells[last].record.lastLine = block.endLine
    }

    /// The label name in a recorded figure's `{#fig:name}`, which `ganbook update` writes from
    /// `Figure(…, label: "name")`.
    private func figureLabel(_ image: MarkdownImage) throws(ChapterDiagnostic) -> String? {
        guard let attributes = image.attributes else { return nil }
        guard attributes.hasPrefix("#fig:") else {
            throw error(image.line, "a recorded figure takes only its label, written {#fig:name}, not "
                + "{\(attributes)}; label the figure in its cell with Figure(…, label: \"name\") and run "
                + "`ganbook update`")
        }
        let name = String(attributes.dropFirst(5))
        guard Label.isValidName(name) else { throw error(image.line, Label.nameRule(name)) }
        return name
    }

    /// cmark lets an unclosed fence run to the end of the file; here that is an error at the
    /// opening fence, because the rest of the chapter would silently become code.
    private func requireClosedFence(_ block: MarkdownBlock) throws(ChapterDiagnostic) {
        guard let opening = FenceLine(lines[block.startLine - 1]) else { return }  // indented code
        let closing = block.endLine > block.startLine && block.endLine <= lines.count
            ? FenceLine(lines[block.endLine - 1]) : nil
        guard let closing, closing.closes(opening) else {
            throw error(block.startLine, "this code fence is never closed, so the rest of the "
                + "chapter would be code; add a line \(String(repeating: opening.character, count: opening.length)) "
                + "after the block's last line")
        }
    }

    private func error(_ line: Int, _ message: String) -> ChapterDiagnostic {
        ChapterDiagnostic(path: path, line: line, message: message)
    }
}
