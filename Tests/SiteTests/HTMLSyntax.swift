/// Finds HTML parse errors in a page the site wrote. A browser never reports these: it repairs
/// the markup silently (a `<div>` inside a `<p>` ends the paragraph early; a stray `</span>` is
/// dropped), so a page can look right by luck and break on the next edit. The site's pages are
/// written strictly, every element closed explicitly, so this checks the strict form:
///
/// - every end tag closes the element opened last, and every element is closed;
/// - no block element starts inside a `<p>`, and no link inside a link;
/// - `/>` only on void elements (`<br />`) and inside SVG;
/// - no `<` that starts no tag, no unknown `&name;`, no attribute twice in one tag;
/// - the page starts with `<!DOCTYPE html>`.
struct HTMLSyntax {
    struct Problem: CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "line \(line): \(message)" }
    }

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input",
                                            "link", "meta", "source", "track", "wbr"]
    /// Elements whose start tag closes an open `<p>` (and so may not be inside one).
    static let closesParagraph: Set<String> = ["address", "article", "aside", "blockquote", "details", "div",
                                               "dl", "fieldset", "figcaption", "figure", "footer", "form",
                                               "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main",
                                               "nav", "ol", "p", "pre", "section", "table", "ul"]
    static let rawText: Set<String> = ["script", "style"]
    static let entities: Set<String> = ["amp", "lt", "gt", "quot", "apos", "nbsp", "#39"]

    private let bytes: [UInt8]
    private(set) var problems: [Problem] = []
    private var stack: [String] = []
    private var position = 0

    /// Checks `html` and returns its problems, at most `limit` of them.
    static func problems(in html: String, limit: Int = 20) -> [Problem] {
        var checker = HTMLSyntax(bytes: Array(html.utf8))
        checker.run(limit: limit)
        return checker.problems
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func line(at offset: Int) -> Int {
        1 + bytes[..<min(offset, bytes.count)].count(where: { $0 == UInt8(ascii: "\n") })
    }

    private mutating func problem(_ message: String, at offset: Int) {
        problems.append(Problem(line: line(at: offset), message: message))
    }

    private func starts(with text: String, at offset: Int, ignoringCase: Bool = false) -> Bool {
        let pattern = Array(text.utf8)
        guard offset + pattern.count <= bytes.count else { return false }
        for (index, byte) in pattern.enumerated() {
            let actual = bytes[offset + index]
            if ignoringCase ? lower(actual) != lower(byte) : actual != byte { return false }
        }
        return true
    }

    private func lower(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 12 || byte == 13
    }

    private mutating func run(limit: Int) {
        if !starts(with: "<!DOCTYPE html>", at: 0, ignoringCase: true) {
            problem("the page does not start with <!DOCTYPE html>", at: 0)
        }
        while position < bytes.count, problems.count < limit {
            switch bytes[position] {
            case UInt8(ascii: "<"): tag()
            case UInt8(ascii: "&"): entity()
            default: position += 1
            }
        }
        for name in stack.reversed() where problems.count < limit {
            problem("<\(name)> is never closed", at: bytes.count)
        }
    }

    private mutating func entity() {
        let start = position
        position += 1
        var end = position
        while end < bytes.count, isNameByte(bytes[end]) || bytes[end] == UInt8(ascii: "#") { end += 1 }
        guard end > position else { return }  // a lone & is text
        let name = String(decoding: bytes[position..<end], as: UTF8.self)
        if end < bytes.count, bytes[end] == UInt8(ascii: ";") {
            let numeric = name.hasPrefix("#") && name.dropFirst().allSatisfy { $0.isHexDigit || $0 == "x" }
            if !numeric, !Self.entities.contains(name) { problem("unknown character reference &\(name);", at: start) }
            position = end + 1
        }
    }

    private mutating func tag() {
        let start = position
        if starts(with: "<!--", at: position) {
            guard let end = find("-->", from: position + 4) else { return problem("a comment is never closed", at: start) }
            position = end + 3
            return
        }
        if starts(with: "<!", at: position) {
            position = (find(">", from: position) ?? bytes.count - 1) + 1
            return
        }
        let closing = position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "/")
        var cursor = position + (closing ? 2 : 1)
        let nameStart = cursor
        while cursor < bytes.count, isNameByte(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart, bytes[nameStart] != UInt8(ascii: "-") else {
            problem("a < that starts no tag; write &lt; for a less-than sign", at: start)
            position += 1
            return
        }
        let written = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
        let inSVG = stack.contains("svg") || written == "svg"
        let name = inSVG ? written : written.lowercased()
        var attributes = Set<String>()
        var selfClosing = false
        while true {
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count else { return problem("<\(name) is never closed with >", at: start) }
            if bytes[cursor] == UInt8(ascii: ">") { cursor += 1; break }
            if starts(with: "/>", at: cursor) { selfClosing = true; cursor += 2; break }
            let attributeStart = cursor
            while cursor < bytes.count, !isSpace(bytes[cursor]), ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[cursor]) {
                cursor += 1
            }
            guard cursor > attributeStart else {
                problem("unexpected / in <\(name)>", at: cursor)
                cursor += 1
                continue
            }
            let attribute = String(decoding: bytes[attributeStart..<cursor], as: UTF8.self).lowercased()
            if !attributes.insert(attribute).inserted { problem("<\(name)> has the attribute \(attribute) twice", at: attributeStart) }
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else { continue }
            cursor += 1
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count else { break }
            let quote = bytes[cursor]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let end = bytes[(cursor + 1)...].firstIndex(of: quote) else {
                    return problem("the value of \(attribute) in <\(name)> is never closed", at: attributeStart)
                }
                cursor = end + 1
            } else {
                while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") {
                    if [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: "=")].contains(bytes[cursor]) {
                        problem("the unquoted value of \(attribute) in <\(name)> holds \(UnicodeScalar(bytes[cursor]))", at: cursor)
                    }
                    cursor += 1
                }
            }
        }
        position = cursor
        closing ? endTag(name, at: start) : startTag(name, selfClosing: selfClosing, inSVG: inSVG, at: start)
    }

    private mutating func startTag(_ name: String, selfClosing: Bool, inSVG: Bool, at offset: Int) {
        if !inSVG {
            if Self.closesParagraph.contains(name), stack.contains("p") {
                problem("<\(name)> inside <p> ends the paragraph early", at: offset)
            }
            if name == "a", stack.contains("a") { problem("a link inside a link", at: offset) }
        }
        if Self.voidElements.contains(name) && !inSVG { return }
        if selfClosing {
            if !inSVG { problem("<\(name)/> is not a void element; close it with </\(name)>", at: offset) }
            return
        }
        stack.append(name)
        if Self.rawText.contains(name) {
            guard let end = find("</\(name)", from: position) else { return problem("<\(name)> is never closed", at: offset) }
            position = end
        }
    }

    private mutating func endTag(_ name: String, at offset: Int) {
        if Self.voidElements.contains(name) { return problem("</\(name)> closes a void element", at: offset) }
        guard let last = stack.last else { return problem("</\(name)> closes nothing", at: offset) }
        if last == name {
            stack.removeLast()
        } else if let index = stack.lastIndex(of: name) {
            problem("</\(name)> while <\(last)> is still open", at: offset)
            stack.removeSubrange(index...)
        } else {
            problem("</\(name)> closes no open <\(name)> (the innermost open element is <\(last)>)", at: offset)
        }
    }

    private func find(_ text: String, from start: Int) -> Int? {
        var offset = start
        while offset < bytes.count {
            if starts(with: text, at: offset, ignoringCase: true) { return offset }
            offset += 1
        }
        return nil
    }
}
