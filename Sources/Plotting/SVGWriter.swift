import MarkupEscaping

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

    /// What another writer wrote; it must have closed every element it opened.
    mutating func append(_ other: SVGWriter) {
        precondition(other.open.isEmpty, "append: the other writer has open elements")
        output += other.output
    }

    /// What this writer wrote, inside a group named `id` (for a `<use>` to place elsewhere).
    func grouped(id: String) -> SVGWriter {
        var group = SVGWriter()
        group.start("g", ["id": id])
        group.append(self)
        group.end()
        return group
    }

    /// Raw, already well-formed markup (the standalone style sheet).
    mutating func raw(_ markup: String) {
        output += markup + "\n"
    }

    private static func attributes(_ attributes: KeyValuePairs<String, String?>) -> String {
        attributes.compactMap { name, value in value.map { " " + name + "=\"" + escapeAttribute($0) + "\"" } }.joined()
    }
}

/// Text content with all five XML special characters escaped.
func escapeText(_ text: String) -> String {
    HTML.escape(text, apostrophe: .named)
}

/// An attribute value for a double-quoted attribute: like `escapeText` but keeping `'`.
func escapeAttribute(_ value: String) -> String {
    HTML.escape(value, apostrophe: .literal)
}
