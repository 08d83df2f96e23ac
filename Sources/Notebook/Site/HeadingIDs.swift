/// Unique, readable ids for headings: lowercase words joined by hyphens, with `-2`, `-3` for
/// repeats and for ids the page already uses for something else (`figure-2`, `contents`).
struct HeadingIDs {
    private var used: [String: Int] = [:]

    init(reserved: [String] = []) {
        for id in reserved { used[id] = 1 }
    }

    mutating func make(_ text: String) -> String {
        var id = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                id.append(character)
            } else if !id.isEmpty, id.last != "-" {
                id.append("-")
            }
        }
        while id.hasSuffix("-") { id.removeLast() }
        if id.isEmpty { id = "section" }
        var count = used[id, default: 0] + 1
        while count > 1, used["\(id)-\(count)"] != nil { count += 1 }
        used[id] = count
        let unique = count == 1 ? id : "\(id)-\(count)"
        used[unique] = used[unique] ?? 1
        return unique
    }
}
