/// The private-use characters U+E000 to U+E008 stand for math and references while cmark
/// parses a chapter (see `MathLifter`). Written in a chapter, raw or as a character reference
/// that cmark decodes (`&#xE000;`, `&#57344;`), one would be taken for a placeholder and
/// corrupt the page, so a chapter that holds one is rejected at its line and column, in code
/// too, where the rule is simplest to state and no reader will miss them. What a cell prints
/// may hold them and shows as itself.
package enum ReservedCharacters {
    package static let range: ClosedRange<Unicode.Scalar> = "\u{E000}"..."\u{E008}"

    /// `html` with every reserved character written as a character reference (`&#xE000;`),
    /// which shows the same but is no placeholder: for text that comes from a run (a cell's
    /// output, its figures), which may hold any character and must render as itself.
    package static func asCharacterReferences(_ html: String) -> String {
        guard html.utf8.contains(0xEE) else { return html }  // every reserved character's UTF-8 starts with EE
        var result = String.UnicodeScalarView()
        for scalar in html.unicodeScalars {
            if range.contains(scalar) {
                result.append(contentsOf: "&#x\(String(scalar.value, radix: 16, uppercase: true));".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Throws at the first reserved character of `source`, or reference to one.
    package static func check(_ source: String, path: String) throws(ChapterDiagnostic) {
        let scalars = Array(source.unicodeScalars)
        var line = 1, column = 1
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" { line += 1; column = 1; continue }
            let found = range.contains(scalar) ? scalar : referencedScalar(scalars, at: index)
            if let found {
                let code = "U+" + String(found.value, radix: 16, uppercase: true)
                throw ChapterDiagnostic(
                    path: path, line: line, column: column,
                    message: "the character \(code) (private use) is reserved: ganbook uses "
                        + "U+E000 to U+E008 to hold math and references while it renders a chapter; remove it")
            }
            column += 1
        }
    }

    /// The reserved scalar a numeric character reference starting at `index` names, if any.
    private static func referencedScalar(_ scalars: [Unicode.Scalar], at index: Int) -> Unicode.Scalar? {
        guard scalars[index] == "&", index + 2 < scalars.count, scalars[index + 1] == "#" else { return nil }
        var i = index + 2
        let hex = scalars[i] == "x" || scalars[i] == "X"
        if hex { i += 1 }
        var value = 0, digits = 0
        while i < scalars.count, digits < 8, let digit = Int(String(scalars[i]), radix: hex ? 16 : 10) {
            value = value * (hex ? 16 : 10) + digit
            digits += 1
            i += 1
        }
        guard digits > 0, i < scalars.count, scalars[i] == ";",
              let scalar = Unicode.Scalar(value), range.contains(scalar) else { return nil }
        return scalar
    }
}
