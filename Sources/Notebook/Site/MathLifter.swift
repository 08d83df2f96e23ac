/// Lifts `$…$` and `$$…$$` out of Markdown before cmark parses it, leaving a placeholder that
/// Markdown cannot touch, so underscores, asterisks and backslashes inside math reach KaTeX
/// exactly as written.
///
/// Dollars inside code spans and fenced code blocks are text. `\$` is a literal dollar sign
/// (cmark turns it into `$`). Any other dollar must open math that closes in the same
/// paragraph; a dollar that does not is an error at its line, because a stray dollar would
/// otherwise swallow the text up to the next one.
public struct MathLifter: Sendable {
    /// A piece of math and how to typeset it.
    public struct Math: Sendable, Equatable {
        public var tex: String
        public var display: Bool

        public init(tex: String, display: Bool) {
            self.tex = tex
            self.display = display
        }
    }

    /// The Markdown with each piece of math replaced by `placeholder(index)`.
    public private(set) var markdown = ""
    public private(set) var math: [Math] = []

    /// Private-use characters cannot occur in a chapter by accident and pass through cmark.
    static let open: Character = "\u{E000}", close: Character = "\u{E001}"

    public static func placeholder(_ index: Int) -> String { "\(open)\(index)\(close)" }

    public init(_ source: String, path: String) throws(ChapterDiagnostic) {
        var paragraph: [Substring] = []
        var paragraphLine = 1
        var fence: FenceLine?
        var output: [String] = []

        func flush() throws(ChapterDiagnostic) {
            guard !paragraph.isEmpty else { return }
            output.append(try lift(paragraph.joined(separator: "\n"), firstLine: paragraphLine, path: path))
            paragraph = []
        }

        for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let marker = FenceLine(line)
            if let open = fence {
                output.append(String(line))
                if let marker, marker.closes(open) { fence = nil }
            } else if let marker {
                try flush()
                fence = marker
                output.append(String(line))
            } else if line.allSatisfy(\.isWhitespace) {
                try flush()
                output.append(String(line))
            } else {
                if paragraph.isEmpty { paragraphLine = offset + 1 }
                paragraph.append(line)
            }
        }
        try flush()
        markdown = output.joined(separator: "\n")
    }

    /// Replaces the math in one paragraph (lines with no blank line between).
    private mutating func lift(_ text: String, firstLine: Int, path: String) throws(ChapterDiagnostic) -> String {
        let c = Array(text)
        var result = ""
        var i = 0
        func line(at index: Int) -> Int { firstLine + c[..<index].count(where: { $0 == "\n" }) }

        while i < c.count {
            switch c[i] {
            case "\\" where i + 1 < c.count:
                result.append(c[i]); result.append(c[i + 1]); i += 2
            case "<":
                // An autolink such as <https://example.org/$x> is a URL, not math.
                let end = Self.autolinkEnd(c, from: i) ?? i + 1
                result += String(c[i..<end])
                i = end
            case "`":
                let run = c[i...].prefix(while: { $0 == "`" }).count
                let end = Self.closingBackticks(c, from: i + run, length: run)
                result += String(c[i..<(end ?? i + run)])
                i = end ?? i + run
            case "$":
                let display = i + 1 < c.count && c[i + 1] == "$"
                let delimiter = display ? 2 : 1
                let start = i + delimiter
                guard start < c.count, !c[start].isWhitespace || display,
                      let end = Self.closingDollar(c, from: start, display: display)
                else {
                    throw ChapterDiagnostic(
                        path: path, line: line(at: i),
                        message: "this \(display ? "$$" : "$") opens math that is not closed in the same "
                            + "paragraph; close it, or write \\$ for a dollar sign"
                    )
                }
                result += Self.placeholder(math.count)
                math.append(Math(tex: String(c[start..<end]), display: display))
                i = end + delimiter
            default:
                result.append(c[i]); i += 1
            }
        }
        return result
    }

    /// Index of the `$` (or `$$`) that closes math starting at `start`: unescaped, and for
    /// inline math not preceded by a space. Inline math that meets a dollar after a space has
    /// no closing dollar (`$5 and $6` is an error asking for `\$`).
    private static func closingDollar(_ c: [Character], from start: Int, display: Bool) -> Int? {
        var i = start
        while i < c.count {
            if c[i] == "\\" { i += 2; continue }
            if c[i] == "$" {
                if display {
                    if i + 1 < c.count, c[i + 1] == "$", i > start { return i }
                } else if i > start, !c[i - 1].isWhitespace {
                    return i
                } else {
                    return nil
                }
            }
            i += 1
        }
        return nil
    }

    /// Index just past the `>` of an autolink starting at `start` (`<scheme:…>`, no spaces).
    private static func autolinkEnd(_ c: [Character], from start: Int) -> Int? {
        var i = start + 1
        while i < c.count, c[i].isLetter || c[i].isNumber || "+.-".contains(c[i]) { i += 1 }
        guard i - start - 1 >= 2, i < c.count, c[i] == ":" else { return nil }
        while i < c.count, c[i] != ">" {
            if c[i].isWhitespace || c[i] == "<" { return nil }
            i += 1
        }
        return i < c.count ? i + 1 : nil
    }

    /// Index just past the backtick run of exactly `length` that closes a code span.
    private static func closingBackticks(_ c: [Character], from start: Int, length: Int) -> Int? {
        var i = start
        while i < c.count {
            guard c[i] == "`" else { i += 1; continue }
            let run = c[i...].prefix(while: { $0 == "`" }).count
            if run == length { return i + run }
            i += run
        }
        return nil
    }

    /// `html` with every placeholder replaced by a span holding the escaped TeX, which the
    /// page's script typesets; display math alone in its paragraph becomes a div instead, and
    /// math inside a tag (an image's alt text, a link's title) stays `$…$` text.
    public func restore(in html: String) -> String {
        replacingPlaceholders(in: html, unwrapping: ("<p>", "</p>")) { piece, placement in
            let tex = HTML.escape(piece.tex)
            switch placement {
            case .aloneInParagraph: return "<div class=\"math display\">\(tex)</div>"
            case .insideTag: return HTML.escape(Self.dollars(piece))
            case .text: return "<span class=\"math \(piece.display ? "display" : "inline")\">\(tex)</span>"
            }
        }
    }

    /// `text` with every placeholder replaced by its TeX between dollars, for plain-text uses.
    public func plainText(_ text: String) -> String {
        replacingPlaceholders(in: text, unwrapping: nil) { piece, _ in Self.dollars(piece) }
    }

    private static func dollars(_ piece: Math) -> String {
        piece.display ? "$$\(piece.tex)$$" : "$\(piece.tex)$"
    }

    private enum Placement { case text, aloneInParagraph, insideTag }

    /// One pass over `text`. A display placeholder standing alone between the `unwrapping`
    /// pair (a paragraph of its own) replaces the pair too.
    private func replacingPlaceholders(
        in text: String, unwrapping pair: (open: String, close: String)?,
        _ replacement: (Math, Placement) -> String
    ) -> String {
        var result = ""
        var rest = text[...]
        var insideTag = false
        while let open = rest.firstIndex(of: Self.open),
              let close = rest[open...].firstIndex(of: Self.close),
              let index = Int(rest[rest.index(after: open)..<close]), math.indices.contains(index) {
            var before = rest[..<open]
            var after = rest[rest.index(after: close)...]
            if let tagStart = before.lastIndex(of: "<") {
                insideTag = before[tagStart...].firstIndex(of: ">") == nil
            } else if before.contains(">") {
                insideTag = false
            }
            let piece = math[index]
            var placement = insideTag ? Placement.insideTag : .text
            if piece.display, !insideTag, let pair, before.hasSuffix(pair.open), after.hasPrefix(pair.close) {
                before = before.dropLast(pair.open.count)
                after = after.dropFirst(pair.close.count)
                placement = .aloneInParagraph
            }
            result += before
            result += replacement(piece, placement)
            rest = after
        }
        return result + rest
    }
}
