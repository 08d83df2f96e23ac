/// The scanning steps of `MathLifter`: where a label, a closing dollar or an autolink ends
/// (link destinations and code spans: `ParagraphIndex`). Each takes the paragraph's characters and an index and
/// returns an index, so the lifter's main loop reads as a list of cases.
extension MathLifter {
    /// Whether `{#eq:` starts at `index`.
    static func startsLabel(_ c: [Character], at index: Int) -> Bool {
        Array(c[index..<min(c.count, index + 5)]) == Array("{#eq:")
    }

    /// The name of a `{#eq:name}` that follows closing dollars at `index` (after spaces or
    /// tabs on the same line) and the index just past its `}`; nil when no `{#` follows.
    static func equationLabel(
        _ c: [Character], after index: Int, error: (String) -> ChapterDiagnostic
    ) throws(ChapterDiagnostic) -> (name: String, end: Int)? {
        var i = index
        while i < c.count, c[i] == " " || c[i] == "\t" { i += 1 }
        guard i + 1 < c.count, c[i] == "{", c[i + 1] == "#" else { return nil }
        guard let close = c[i...].firstIndex(where: { $0 == "}" || $0 == "\n" }), c[close] == "}" else {
            throw error("an equation label is written {#eq:name} and closed on the same line")
        }
        let inside = String(c[(i + 2)..<close])
        guard inside.hasPrefix("eq:") else {
            throw error("an equation label is written {#eq:name}, not {#\(inside)}")
        }
        let name = String(inside.dropFirst(3))
        guard Label.isValidName(name) else { throw error(Label.nameRule(name)) }
        return (name, close + 1)
    }

    /// Index of the `$` (or `$$`) that closes math starting at `start`: unescaped, and for
    /// inline math not preceded by a space. Inline math that meets a dollar after a space has
    /// no closing dollar (`$5 and $6` is an error asking for `\$`).
    static func closingDollar(_ c: [Character], from start: Int, display: Bool) -> Int? {
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
    static func autolinkEnd(_ c: [Character], from start: Int) -> Int? {
        var i = start + 1
        while i < c.count, c[i].isLetter || c[i].isNumber || "+.-".contains(c[i]) { i += 1 }
        guard i - start - 1 >= 2, i < c.count, c[i] == ":" else { return nil }
        while i < c.count, c[i] != ">" {
            if c[i].isWhitespace || c[i] == "<" { return nil }
            i += 1
        }
        return i < c.count ? i + 1 : nil
    }
}
