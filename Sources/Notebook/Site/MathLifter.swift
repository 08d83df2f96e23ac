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
        var fence: (character: Character, length: Int)?
        var output: [String] = []

        func flush() throws(ChapterDiagnostic) {
            guard !paragraph.isEmpty else { return }
            output.append(try lift(paragraph.joined(separator: "\n"), firstLine: paragraphLine, path: path))
            paragraph = []
        }

        for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let marker = Self.fenceMarker(line)
            if let open = fence {
                output.append(String(line))
                if let marker, marker.character == open.character, marker.length >= open.length,
                   marker.rest.allSatisfy(\.isWhitespace) { fence = nil }
            } else if let marker {
                try flush()
                fence = (marker.character, marker.length)
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
    /// inline math not preceded by a space (so `$5 and $6` is not math).
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

    private static func fenceMarker(_ line: Substring) -> (character: Character, length: Int, rest: Substring)? {
        let indent = line.prefix(while: { $0 == " " }).count
        guard indent <= 3, let first = line.dropFirst(indent).first, first == "`" || first == "~" else { return nil }
        let length = line.dropFirst(indent).prefix(while: { $0 == first }).count
        return length >= 3 ? (first, length, line.dropFirst(indent + length)) : nil
    }

    /// `html` with every placeholder replaced by a span holding the escaped TeX, which the
    /// page's script typesets; display math alone in its paragraph becomes a div instead.
    public func restore(in html: String) -> String {
        replacingPlaceholders(in: html, unwrapping: ("<p>", "</p>")) { piece, alone in
            let tex = HTML.escape(piece.tex)
            return alone ? "<div class=\"math display\">\(tex)</div>"
                : "<span class=\"math \(piece.display ? "display" : "inline")\">\(tex)</span>"
        }
    }

    /// `text` with every placeholder replaced by its TeX between dollars, for plain-text uses.
    public func plainText(_ text: String) -> String {
        replacingPlaceholders(in: text, unwrapping: nil) { piece, _ in
            piece.display ? "$$\(piece.tex)$$" : "$\(piece.tex)$"
        }
    }

    /// One pass over `text`. A display placeholder standing alone between the `unwrapping`
    /// pair (a paragraph of its own) replaces the pair too, and `replacement` is told so.
    private func replacingPlaceholders(
        in text: String, unwrapping pair: (open: String, close: String)?,
        _ replacement: (Math, _ alone: Bool) -> String
    ) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: Self.open),
              let close = rest[open...].firstIndex(of: Self.close),
              let index = Int(rest[rest.index(after: open)..<close]), math.indices.contains(index) {
            var before = rest[..<open]
            var after = rest[rest.index(after: close)...]
            let piece = math[index]
            var alone = false
            if piece.display, let pair, before.hasSuffix(pair.open), after.hasPrefix(pair.close) {
                before = before.dropLast(pair.open.count)
                after = after.dropFirst(pair.close.count)
                alone = true
            }
            result += before
            result += replacement(piece, alone)
            rest = after
        }
        return result + rest
    }
}
