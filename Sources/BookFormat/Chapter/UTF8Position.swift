/// Where a file stops being UTF-8, for an error an editor can jump to: Foundation only says the
/// file "couldn't be opened", and the book reported that at line 1 (issue 18).
package enum UTF8Position {
    /// The line and column (1-based, the column counted in characters decoded before it) of
    /// the first byte of `bytes` that is not valid UTF-8; nil when all are.
    package static func firstInvalid(in bytes: [UInt8]) -> (line: Int, column: Int)? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded):
                if encoded.count == 1, encoded.first == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
            case .error:
                return (line, column)
            case .emptyInput:
                return nil
            }
        }
    }
}
