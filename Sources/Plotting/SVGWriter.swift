/// A minimal SVG/XML writer: one element per line, attributes in the order given (never a
/// dictionary's; a nil value leaves the attribute out), and escaping applied at the only two
/// places text enters the document.
struct SVGWriter {
    private(set) var output = ""
    private var open: [String] = []

    /// Starts `<name …>`; every `start` needs a matching `end`.
    mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        output += "<" + name + Self.attributes(attributes) + ">\n"
        open.append(name)
    }

    /// Closes the innermost element opened by `start`.
    mutating func end() {
        output += "</" + open.removeLast() + ">\n"
    }

    /// A complete element, self-closing when it has no text.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String? = nil) {
        let head = "<" + name + Self.attributes(attributes)
        if let text {
            output += head + ">" + escapeText(text) + "</" + name + ">\n"
        } else {
            output += head + "/>\n"
        }
    }

    /// Raw, already well-formed markup (the standalone style sheet).
    mutating func raw(_ markup: String) {
        output += markup + "\n"
    }

    private static func attributes(_ attributes: KeyValuePairs<String, String?>) -> String {
        attributes.compactMap { name, value in value.map { " " + name + "=\"" + escapeAttribute($0) + "\"" } }.joined()
    }
}

/// Text content with all five XML special characters escaped, so user text (titles, labels,
/// legend entries) can never inject markup into the page it is inlined in.
func escapeText(_ text: String) -> String {
    escape(text, apostrophe: true)
}

/// An attribute value for a double-quoted attribute: like `escapeText` but keeping `'`
/// literal, so constants such as the font list (`'Segoe UI'`) stay readable.
func escapeAttribute(_ value: String) -> String {
    escape(value, apostrophe: false)
}

private func escape(_ text: String, apostrophe: Bool) -> String {
    var escaped = ""
    for character in text {
        switch character {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "'" where apostrophe: escaped += "&apos;"
        default: escaped.append(character)
        }
    }
    return escaped
}
