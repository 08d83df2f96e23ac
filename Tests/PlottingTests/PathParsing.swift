/// A reader of the path data the renderer writes (SVG 1.1, section 8.3: the commands M, L, H,
/// V and Z, absolute or relative, repeated implicitly, with numbers such as `.5`, `-1.5` and
/// `1.5.5`), written from the grammar rather than from the writer, so the tests check what a
/// browser would draw.
struct ParsedPath {
    /// Every subpath's vertices, in absolute coordinates.
    var subpaths: [[(x: Double, y: Double)]] = []
    /// Whether each subpath ends with Z.
    var closed: [Bool] = []

    var vertices: [(x: Double, y: Double)] { subpaths.flatMap { $0 } }

    init(_ d: String) {
        var tokens: [Substring] = []  // command letters and numbers
        var index = d.startIndex
        while index < d.endIndex {
            let character = d[index]
            if character.isLetter {
                tokens.append(d[index...index])
                index = d.index(after: index)
            } else if character == " " || character == "," {
                index = d.index(after: index)
            } else {
                // sign? digits* (. digits*)?
                var end = index
                if d[end] == "-" { end = d.index(after: end) }
                while end < d.endIndex, d[end].isNumber { end = d.index(after: end) }
                if end < d.endIndex, d[end] == "." {
                    end = d.index(after: end)
                    while end < d.endIndex, d[end].isNumber { end = d.index(after: end) }
                }
                precondition(end > index, "unexpected \(character) in path data")
                tokens.append(d[index..<end])
                index = end
            }
        }
        var (x, y, startX, startY) = (0.0, 0.0, 0.0, 0.0)
        var command: Character = " "
        var position = 0
        func number() -> Double {
            defer { position += 1 }
            return Double(tokens[position])!
        }
        while position < tokens.count {
            if let letter = tokens[position].first, letter.isLetter {
                command = letter
                position += 1
                if letter == "Z" || letter == "z" {
                    (x, y) = (startX, startY)
                    closed[closed.count - 1] = true
                    continue
                }
            }
            let relative = command.isLowercase
            switch command.uppercased() {
            case "M":
                let (a, b) = (number(), number())
                (x, y) = relative ? (x + a, y + b) : (a, b)
                (startX, startY) = (x, y)
                subpaths.append([(x, y)])
                closed.append(false)
                command = relative ? "l" : "L"
            case "L":
                let (a, b) = (number(), number())
                (x, y) = relative ? (x + a, y + b) : (a, b)
                subpaths[subpaths.count - 1].append((x, y))
            case "H":
                let a = number()
                x = relative ? x + a : a
                subpaths[subpaths.count - 1].append((x, y))
            case "V":
                let b = number()
                y = relative ? y + b : b
                subpaths[subpaths.count - 1].append((x, y))
            default:
                preconditionFailure("unexpected command \(command)")
            }
        }
    }
}
