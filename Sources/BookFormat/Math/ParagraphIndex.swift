/// Where each link destination and each code span of one paragraph ends, found in one pass
/// each, so the lifter never rescans the rest of a paragraph from every `](` or backtick run:
/// a line of 20 000 `[a](` took the build 53 seconds (issue 18).
///
/// The answers are exactly those of a scan from the asking position (`MathLifter`'s
/// `destinationEnd` and `closingBackticks` describe the rules).
struct ParagraphIndex {
    /// For each `(` that could open a destination, the index just past its closing `)`.
    private var destinationEnds: [Int: Int] = [:]
    /// The starts of the maximal backtick runs of each length, in order.
    private var backtickRuns: [Int: [Int]] = [:]

    init(_ c: [Character]) {
        indexDestinations(c)
        indexBacktickRuns(c)
    }

    /// A scan from `(` at `start` counts the unescaped parentheses after it and stops at the
    /// first `)` where the count returns to zero, or at an unescaped line break. A backslash
    /// escapes the next character the same way whatever position the scan starts from (the
    /// start is a `(`, never a backslash), so a running count `depth` over the whole paragraph
    /// serves every start: the scan ends at the first later position whose `depth` is one less
    /// than at the start, found for every start in one pass from the right.
    private mutating func indexDestinations(_ c: [Character]) {
        var depth = [Int](repeating: 0, count: c.count)
        var lineEnd = [Bool](repeating: false, count: c.count)
        var running = 0, escaped = false
        for i in c.indices {
            if !escaped {
                switch c[i] {
                case "(": running += 1
                case ")": running -= 1
                case "\n": lineEnd[i] = true
                default: break
                }
            }
            depth[i] = running
            escaped = !escaped && c[i] == "\\"
        }
        var nearest: [Int: Int] = [:]
        for i in c.indices.reversed() {
            if lineEnd[i] { nearest = [:]; continue }
            if c[i] == "(", let end = nearest[depth[i] - 1] { destinationEnds[i] = end + 1 }
            nearest[depth[i]] = i
        }
    }

    private mutating func indexBacktickRuns(_ c: [Character]) {
        var i = 0
        while i < c.count {
            guard c[i] == "`" else { i += 1; continue }
            let start = i
            while i < c.count, c[i] == "`" { i += 1 }
            backtickRuns[i - start, default: []].append(start)
        }
    }

    /// Index just past the `)` closing the destination whose `(` is at `start`, if it closes
    /// on its line.
    func destinationEnd(from start: Int) -> Int? { destinationEnds[start] }

    /// Index just past the first maximal run of exactly `length` backticks at or after `start`.
    func closingBackticks(from start: Int, length: Int) -> Int? {
        guard let runs = backtickRuns[length] else { return nil }
        var low = 0, high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle] < start { low = middle + 1 } else { high = middle }
        }
        return low < runs.count ? runs[low] + length : nil
    }
}
