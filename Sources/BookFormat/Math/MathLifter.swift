/// Lifts `$…$`, `$$…$$` and cross-references (`@fig:name`, `@eq:name`) out of Markdown
/// before cmark parses it, leaving placeholders that Markdown cannot touch, so underscores,
/// asterisks and backslashes inside math reach KaTeX exactly as written and a label with an
/// underscore is never taken for emphasis.
///
/// Dollars and `@` inside code spans, fenced code blocks, autolinks and link destinations are
/// text. `\$` is a literal dollar sign and `\@` a literal at sign (cmark drops the backslash).
/// Any other dollar must open math that closes in the same paragraph; a dollar that does not is
/// an error at its line, because a stray dollar would otherwise swallow the text up to the next
/// one.
///
/// Display math is labelled, and so numbered, by `{#eq:name}` right after its closing `$$` on
/// the same line. A label anywhere else is an error, as is a label used twice in a chapter.
package struct MathLifter: Sendable {
    /// A piece of math and how to typeset it.
    package struct Math: Sendable, Equatable {
        package var tex: String
        package var display: Bool
        /// The equation's label, for labelled display math.
        package var label: Label?

        package init(tex: String, display: Bool, label: Label? = nil) {
            self.tex = tex
            self.display = display
            self.label = label
        }
    }

    /// The Markdown with each piece of math replaced by `placeholder(index)` and each
    /// reference by `referencePlaceholder(index)`.
    package private(set) var markdown = ""
    package private(set) var math: [Math] = []
    /// Every `@fig:…` and `@eq:…` in the prose, in order.
    package private(set) var references: [CrossReference] = []
    /// Every `{#eq:…}`, in order; the equations are numbered in this order.
    package private(set) var equationLabels: [LabelDefinition] = []
    /// The labels of `equationLabels`, so finding one used twice takes no search of them all.
    private var definedLabels: Set<Label> = []
    /// The source line of each line of `markdown` (entry k − 1 for line k): math that spans
    /// lines becomes one placeholder, so the lines after it in its paragraph move up.
    package private(set) var sourceLines: [Int] = []

    /// The line of the source that line `line` of `markdown` comes from.
    package func sourceLine(_ line: Int) -> Int {
        sourceLines.indices.contains(line - 1) ? sourceLines[line - 1] : line
    }

    /// Private-use characters cannot occur in a chapter by accident and pass through cmark.
    package static let open: Character = "\u{E000}", close: Character = "\u{E001}"
    package static let referenceOpen: Character = "\u{E002}", referenceClose: Character = "\u{E003}"

    package static func placeholder(_ index: Int) -> String { "\(open)\(index)\(close)" }
    static func referencePlaceholder(_ index: Int) -> String { "\(referenceOpen)\(index)\(referenceClose)" }

    package init(_ source: String, path: String) throws(ChapterDiagnostic) {
        var paragraph: [Substring] = []
        var paragraphLine = 1
        var fence: FenceLine?
        var output: [String] = []

        func flush() throws(ChapterDiagnostic) {
            guard !paragraph.isEmpty else { return }
            let (text, lines) = try lift(paragraph.joined(separator: "\n"), firstLine: paragraphLine, path: path)
            output.append(text)
            sourceLines += lines
            paragraph = []
        }

        for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let marker = FenceLine(line)
            if let open = fence {
                output.append(String(line))
                sourceLines.append(offset + 1)
                if let marker, marker.closes(open) { fence = nil }
            } else if let marker {
                try flush()
                fence = marker
                output.append(String(line))
                sourceLines.append(offset + 1)
            } else if line.allSatisfy(\.isWhitespace) {
                try flush()
                output.append(String(line))
                sourceLines.append(offset + 1)
            } else {
                if paragraph.isEmpty { paragraphLine = offset + 1 }
                paragraph.append(line)
            }
        }
        try flush()
        markdown = output.joined(separator: "\n")
    }

    /// Replaces the math and references in one paragraph (lines with no blank line between),
    /// and gives the source line of each line of the result.
    private mutating func lift(_ text: String, firstLine: Int, path: String) throws(ChapterDiagnostic) -> (text: String, lines: [Int]) {
        let c = Array(text)
        var result = ""
        var i = 0
        /// newlinesBefore[k]: the line breaks among the first k characters, so a position's
        /// line takes no rescan of the paragraph.
        var newlinesBefore = [0]
        newlinesBefore.reserveCapacity(c.count + 1)
        for character in c { newlinesBefore.append(newlinesBefore.last! + (character == "\n" ? 1 : 0)) }
        func line(at index: Int) -> Int { firstLine + newlinesBefore[index] }
        var lines = [firstLine]
        let index = ParagraphIndex(c)
        /// Copies characters unchanged, noting where each line break leads.
        func copy(_ range: Range<Int>) {
            for index in range {
                if c[index] == "\n" { lines.append(line(at: index + 1)) }
                result.append(c[index])
            }
        }
        func error(at index: Int, _ message: String) -> ChapterDiagnostic {
            ChapterDiagnostic(path: path, line: line(at: index), message: message)
        }

        while i < c.count {
            switch c[i] {
            case "\\" where i + 1 < c.count:
                copy(i..<(i + 2)); i += 2
            case "<":
                // An autolink such as <https://example.org/$x> is a URL, not math.
                let end = Self.autolinkEnd(c, from: i) ?? i + 1
                copy(i..<end)
                i = end
            case "]" where i + 1 < c.count && c[i + 1] == "(":
                // A link destination, [text](url), is a URL too.
                let end = index.destinationEnd(from: i + 1) ?? i + 1
                copy(i..<end)
                i = end
            case "`":
                let run = c[i...].prefix(while: { $0 == "`" }).count
                let end = index.closingBackticks(from: i + run, length: run)
                copy(i..<(end ?? i + run))
                i = end ?? i + run
            case "@":
                if let (label, end) = CrossReference.read(c, at: i) {
                    result += Self.referencePlaceholder(references.count)
                    references.append(CrossReference(label: label, line: line(at: i)))
                    i = end
                } else {
                    copy(i..<(i + 1)); i += 1
                }
            case "{" where Self.startsLabel(c, at: i):
                throw error(at: i, "an equation label {#eq:…} belongs right after the closing $$ of display "
                    + "math, on the same line, as in: $$ E = mc^2 $$ {#eq:energy}")
            case "$":
                let display = i + 1 < c.count && c[i + 1] == "$"
                let delimiter = display ? 2 : 1
                let start = i + delimiter
                guard start < c.count, !c[start].isWhitespace || display,
                      let end = Self.closingDollar(c, from: start, display: display)
                else {
                    throw error(at: i, "this \(display ? "$$" : "$") opens math that is not closed in the same "
                        + "paragraph; close it, or write \\$ for a dollar sign")
                }
                i = end + delimiter
                var label: Label?
                if let (name, labelEnd) = try Self.equationLabel(c, after: i, error: { error(at: i, $0) }) {
                    guard display else {
                        throw error(at: i, "only display math ($$…$$) can be labelled; make this equation "
                            + "display math or remove {#eq:\(name)}")
                    }
                    label = Label(kind: .equation, name: name)
                    guard definedLabels.insert(label!).inserted else {
                        throw error(at: i, "the label eq:\(name) is already used in this chapter; give each "
                            + "equation its own")
                    }
                    equationLabels.append(LabelDefinition(label: label!, line: line(at: i)))
                    i = labelEnd
                }
                result += Self.placeholder(math.count)
                math.append(Math(tex: String(c[start..<end]), display: display, label: label))
            default:
                copy(i..<(i + 1)); i += 1
            }
        }
        return (result, lines)
    }
}
