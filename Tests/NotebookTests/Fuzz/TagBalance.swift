/// A check that rendered HTML is well formed the way the site writes it: every `<` starts a
/// tag or a comment, every element but a void one is closed, in order. Simpler than the site
/// check's HTMLSyntax (a page only), and enough for a chapter's body.
enum TagBalance {
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link", "source", "wbr"]

    /// The first problem in `html`, or nil.
    static func problem(in html: String) -> String? {
        let bytes = Array(html.utf8)
        var stack: [String] = []
        var i = 0
        while let open = bytes[i...].firstIndex(of: UInt8(ascii: "<")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { return "a < at byte \(open) ends no tag" }
            let tag = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
            i = close + 1
            if tag.hasPrefix("!--") { continue }
            let closing = tag.hasPrefix("/")
            let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
            guard !name.isEmpty else { return "<\(tag)> is not a tag" }
            if closing {
                guard stack.last == name else { return "</\(name)> closes <\(stack.last ?? "nothing")>" }
                stack.removeLast()
            } else if !voidElements.contains(name), !tag.hasSuffix("/") {
                stack.append(name)
            }
        }
        return stack.last.map { "<\($0)> is never closed" }
    }
}
