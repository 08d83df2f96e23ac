/// Escaping text for markup: the book's one escaper, for its HTML pages and its SVG figures.
package enum HTML {
    /// How an apostrophe is written: pages use `&#39;` (valid in every HTML version); SVG text
    /// uses XML's `&apos;`; an SVG attribute value in double quotes keeps it literal, so
    /// constants such as the font list (`'Segoe UI'`) stay readable.
    package enum Apostrophe: Sendable {
        case numeric, named, literal
    }

    /// `text` safe to place in element content or a double-quoted attribute: `&`, `<`, `>`,
    /// `"` and (unless `apostrophe` is `.literal`) `'` escaped, so text from a chapter or a
    /// figure can never inject markup into the page it is placed in.
    package static func escape(_ text: String, apostrophe: Apostrophe = .numeric) -> String {
        // Most text (a figure's numbers and path data) needs nothing escaped: returned as it is,
        // after a scan of its bytes (the five characters are ASCII, and no byte of a multi-byte
        // UTF-8 sequence is), without building a copy scalar by scalar.
        let special: (UInt8) -> Bool = { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || (byte == UInt8(ascii: "'") && apostrophe != .literal)
        }
        if !text.utf8.contains(where: special) { return text }
        // By scalar, not Character: `"` followed by a combining accent is one Character, which
        // no case below would match, and the quote would end the attribute it stands in.
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'" where apostrophe == .numeric: escaped += "&#39;"
            case "'" where apostrophe == .named: escaped += "&apos;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
