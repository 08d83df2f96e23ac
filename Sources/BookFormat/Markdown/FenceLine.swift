/// A line that opens or closes a fenced code block: up to three spaces, then three or more
/// backticks or tildes, then the rest (an info string after an opening fence).
package struct FenceLine {
    package var character: Character
    package var length: Int
    package var rest: Substring

    package init?(_ line: Substring) {
        let indent = line.prefix(while: { $0 == " " }).count
        guard indent <= 3, let first = line.dropFirst(indent).first, first == "`" || first == "~" else { return nil }
        let run = line.dropFirst(indent).prefix(while: { $0 == first }).count
        guard run >= 3 else { return nil }
        character = first
        length = run
        rest = line.dropFirst(indent + run)
    }

    /// Whether this line closes a block opened by `opening`: same character, at least as
    /// long, nothing after it but spaces.
    package func closes(_ opening: FenceLine) -> Bool {
        character == opening.character && length >= opening.length && rest.allSatisfy(\.isWhitespace)
    }
}
