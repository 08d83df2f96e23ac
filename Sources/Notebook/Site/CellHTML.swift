import BookFormat
import Foundation
import BookRuntime
import MarkupEscaping

/// The HTML of one cell on a page: its code (unless hidden) under a small bar that names the
/// language and gets a copy button from the page's script, then what it printed, then its
/// figures, each numbered and captioned, an explorable one with its slider. Only the prose
/// holds placeholders; nothing a cell shows is taken for one.
///
/// Code and output look different on purpose: code sits in a bordered box with highlighting,
/// output in a tinted block with a coloured left edge and no border, so a reader never
/// mistakes a printed number for code.
struct CellHTML {
    /// A figure to show, with its number and its anchor on the page.
    struct NumberedFigure {
        var figure: FigureResult
        /// "Figure 3.2".
        var name: String
        var id: String
    }

    /// `codeElsewhere`, if given, is shown in place of the cell's code (the whole book's page
    /// points to a solution at the end of the book).
    static func render(_ cell: Cell, _ result: CellResult, figures: [NumberedFigure], codeElsewhere: String? = nil) -> String {
        var html = "<div class=\"cell\">\n"
        if let codeElsewhere {
            html += codeElsewhere
        } else if !cell.options.hidden {
            let code = codeBox(cell.code)
            html += foldSummary(cell).map { "<details class=\"cell-fold\"><summary>" + $0 + "</summary>\n" + code + "</details>\n" }
                ?? code
        }
        if !result.text.isEmpty {
            html += "<pre class=\"cell-output\" aria-label=\"Output\"><samp>"
                + HTML.escape(result.recordedText) + "</samp></pre>\n"
        }
        for numbered in figures {
            let figure = numbered.figure
            let id = HTML.escape(numbered.id)
            let width = Self.width(of: figure.inlineSVG).map { " style=\"--figure-width: \($0)\"" } ?? ""
            html += "<figure class=\"plot\" id=\"\(id)\">\n<div class=\"plot-frame\"\(width)>" + figure.inlineSVG + "</div>\n"
                + (figure.parameter.map { FigureExplorerHTML.render($0, figureID: id) } ?? "")
                + "<figcaption><a class=\"figure-number\" href=\"#\(id)\">\(HTML.escape(numbered.name))</a>. "
                + "<strong>" + HTML.escape(figure.title) + ".</strong> "
                + HTML.escape(figure.caption) + "</figcaption>\n</figure>\n"
        }
        // A run may print any character, the reserved ones included: as references they show
        // as themselves and are never taken for the prose's placeholders.
        return ReservedCharacters.asCharacterReferences(html + "</div>\n")
    }

    /// Swift code in its box, under the bar that names the language.
    static func codeBox(_ code: String) -> String {
        "<div class=\"cell-code\"><div class=\"code-bar\"><span class=\"code-language\">Swift</span></div>"
            + "<pre><code class=\"language-swift\">" + HTML.escape(code) + "</code></pre></div>\n"
    }

    /// The summary a cell's code is folded under, as HTML, if it is folded: an exercise's
    /// solution and check always are, under a summary of their own.
    static func foldSummary(_ cell: Cell) -> String? {
        switch cell.options.exercise?.role {
        case .solution: "Show a solution"
        case .check: "Show the checks"
        case .starter: nil
        case nil: cell.options.folded ? foldSummary(cell.code) : nil
        }
    }

    /// The line a folded cell shows, as HTML: the text of the comment (`//` or `///`) it opens
    /// with, which says what the code is for, with `code spans` set as code; else "Show code".
    static func foldSummary(_ code: String) -> String {
        let first = code.split(separator: "\n", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces) ?? ""
        guard first.hasPrefix("//") else { return "Show code" }
        let text = first.drop { $0 == "/" }.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return "Show code" }
        // Between the backticks, at odd positions of the split, are code spans.
        let pieces = text.split(separator: "`", omittingEmptySubsequences: false)
        guard pieces.count % 2 == 1 else { return HTML.escape(text) }
        return pieces.enumerated().map { index, piece in
            index % 2 == 1 ? "<code>" + HTML.escape(String(piece)) + "</code>" : HTML.escape(String(piece))
        }.joined()
    }

    /// The width in CSS pixels the SVG asks for, from its `width` attribute. The stylesheet
    /// uses it to keep a wide figure of several panels legible on a phone: rather than shrink
    /// it to the screen, it keeps most of its size and scrolls sideways.
    static func width(of svg: String) -> Int? {
        guard let tagEnd = svg.firstIndex(of: ">"),
              let attribute = svg[..<tagEnd].range(of: " width=\"") else { return nil }
        let digits = svg[attribute.upperBound...].prefix { $0.isNumber || $0 == "." }
        return Double(digits).map { Int($0.rounded()) }
    }
}
