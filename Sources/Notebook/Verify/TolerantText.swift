/// Compares texts that contain numbers, tolerating tiny numeric differences and nothing else.
///
/// The two texts are split into numbers and the text between them. The text between must be
/// identical. Integers (no fraction, no exponent) must be identical too: a count or a random
/// word that changes is a real change, and an integer above 2⁵³ has no exact double. Decimals
/// written in the same form (both with or without an exponent, both with or without a plus
/// sign) are equal when |a − b| ≤ tolerance · max(|a|, |b|). So a last-digit difference between
/// two math libraries passes, while `1.0` against `1` or `1e3` against `1000.0` does not.
package struct TolerantText: Sendable {
    package var relativeTolerance: Double

    package init(relativeTolerance: Double = 1e-9) {
        self.relativeTolerance = relativeTolerance
    }

    package func equal(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let first = Self.tokens(a), second = Self.tokens(b)
        guard first.count == second.count else { return false }
        return zip(first, second).allSatisfy(equal)
    }

    private func equal(_ a: Token, _ b: Token) -> Bool {
        switch (a, b) {
        case let (.text(x), .text(y)): return x == y
        case let (.number(x), .number(y)):
            if x.literal == y.literal { return true }
            guard x.isDecimal, y.isDecimal, x.hasExponent == y.hasExponent, x.hasPlus == y.hasPlus else { return false }
            return abs(x.value - y.value) <= relativeTolerance * max(abs(x.value), abs(y.value))
        default: return false
        }
    }

    struct Number: Equatable {
        var literal: Substring
        var value: Double
        var isDecimal: Bool { literal.contains(".") || hasExponent }
        var hasExponent: Bool { literal.contains("e") || literal.contains("E") }
        var hasPlus: Bool { literal.hasPrefix("+") }
    }

    enum Token: Equatable {
        case text(Substring)
        case number(Number)
    }

    /// Splits `text` into numbers (an optional sign, digits with an optional fraction, an
    /// optional exponent) and the runs of other characters between them.
    static func tokens(_ text: String) -> [Token] {
        let characters = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var textStart = 0
        var index = 0
        while index < characters.count {
            guard let end = numberEnd(in: characters, from: index) else {
                index += 1
                continue
            }
            if textStart < index { tokens.append(.text(slice(text, characters, textStart, index))) }
            let literal = Substring(String(String.UnicodeScalarView(characters[index..<end])))
            tokens.append(Double(literal).map { .number(Number(literal: literal, value: $0)) } ?? .text(literal))
            index = end
            textStart = end
        }
        if textStart < characters.count { tokens.append(.text(slice(text, characters, textStart, characters.count))) }
        return tokens
    }

    /// The end of the number starting at `start`, or nil if none starts there. A sign counts
    /// only where it cannot be an operator or a hyphen: not right after a letter, digit or dot.
    private static func numberEnd(in c: [Unicode.Scalar], from start: Int) -> Int? {
        func isDigit(_ i: Int) -> Bool { i < c.count && ("0"..."9").contains(c[i]) }
        var i = start
        if c[i] == "-" || c[i] == "+" {
            if i > 0, c[i - 1].properties.isAlphabetic || isDigit(i - 1) || c[i - 1] == "." { return nil }
            i += 1
        }
        let digitsStart = i
        while isDigit(i) { i += 1 }
        if i < c.count, c[i] == ".", isDigit(i + 1) {
            i += 1
            while isDigit(i) { i += 1 }
        }
        guard i > digitsStart else { return nil }
        if i < c.count, c[i] == "e" || c[i] == "E" {
            var j = i + 1
            if j < c.count, c[j] == "-" || c[j] == "+" { j += 1 }
            if isDigit(j) {
                while isDigit(j) { j += 1 }
                i = j
            }
        }
        return i
    }

    private static func slice(_ text: String, _ c: [Unicode.Scalar], _ from: Int, _ to: Int) -> Substring {
        Substring(String(String.UnicodeScalarView(c[from..<to])))
    }
}
