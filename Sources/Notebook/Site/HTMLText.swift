import MarkupEscaping

/// The text a reader sees in a piece of the site's own HTML, for the search index: tags
/// dropped, the five entities the site writes decoded, and the content of elements that are
/// not prose left out (a figure's SVG, a cell's printed output).
///
/// It works on UTF-8 bytes, not Characters: a cell's HTML holds its figures' SVG inline, and
/// the markup it looks for is ASCII, whose bytes UTF-8 never uses inside another scalar. Tag
/// names are ASCII too, in HTML and in everything the site writes.
package enum HTMLText {
    static let skippedElements: Set<String> = ["svg", "samp", "script", "style"]

    package static func plain(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var text: [UInt8] = []
        var skipping: String?
        var depth = 0
        var rest = bytes[...]
        while let open = rest.firstIndex(of: UInt8(ascii: "<")) {
            if skipping == nil { text += rest[..<open] }
            guard let close = rest[open...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let tag = rest[(open + 1)..<close]
            let closing = tag.first == UInt8(ascii: "/")
            let selfClosing = tag.last == UInt8(ascii: "/")
            let name = elementName(tag)
            if let skipped = skipping, name == skipped {
                depth += closing ? -1 : (selfClosing ? 0 : 1)
                if depth == 0 { skipping = nil }
            } else if skipping == nil, !closing, skippedElements.contains(name), !selfClosing {
                skipping = name
                depth = 1
            }
            rest = rest[(close + 1)...]
        }
        if skipping == nil { text += rest }
        return String(decoding: decode(text), as: UTF8.self)
    }

    /// The element name of a tag's inside (`svg class="plot"`, `/svg`), lowercased.
    private static func elementName(_ tag: ArraySlice<UInt8>) -> String {
        let name = tag.drop(while: { $0 == UInt8(ascii: "/") }).prefix(while: { byte in
            let scalar = Unicode.Scalar(byte)
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        })
        return String(decoding: name, as: UTF8.self).lowercased()
    }

    /// The entities `HTML.escape` writes, and their characters.
    private static let entities: [(entity: [UInt8], character: UInt8)] = [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
    ].map { (Array($0.0.utf8), UInt8(ascii: $0.1)) }

    /// `text` with every entity of `entities` turned back into its character, in one pass from
    /// left to right, so each is decoded once: `&amp;lt;` (the text `&lt;`) becomes `&lt;`.
    private static func decode(_ text: [UInt8]) -> [UInt8] {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(text.count)
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: UInt8(ascii: "&")) {
            decoded += rest[..<ampersand]
            let entity = entities.first { rest[ampersand...].starts(with: $0.entity) }
            decoded.append(entity?.character ?? UInt8(ascii: "&"))
            rest = rest[(ampersand + (entity?.entity.count ?? 1))...]
        }
        return decoded + rest
    }
}
