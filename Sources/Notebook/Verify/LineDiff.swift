/// A unified diff of two texts, line by line, in the format of `diff -u`.
///
/// Lines are matched by a longest common subsequence (after trimming the common head and
/// tail, which is usually almost everything), with an equality the caller chooses, so lines
/// that differ only within numeric tolerance are not shown as changed. Past
/// `maximumMatchingWork` line pairs the middle is shown as removed and inserted whole, so a
/// diff of two unrelated long texts stays fast. A last line without a final newline is
/// marked as `diff` marks it.
package enum LineDiff {
    package static let maximumMatchingWork = 250_000
    private static let noNewline = "\\ No newline at end of file"

    package static func unified(
        from old: String, to new: String, context: Int = 3,
        equal: (Substring, Substring) -> Bool = { $0 == $1 }
    ) -> String {
        let a = lines(old), b = lines(new)
        let script = editScript(a, b, equal: equal)
        return hunks(script, context: context).map { hunk in
            let header = "@@ -\(range(hunk.oldStart, hunk.oldCount)) +\(range(hunk.newStart, hunk.newCount)) @@"
            return ([header] + hunk.lines).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    private enum Edit { case keep(Substring), remove(Substring), insert(Substring) }

    private struct Hunk {
        var oldStart = 0, oldCount = 0, newStart = 0, newCount = 0
        var lines: [String] = []
    }

    /// The lines of `text`; a last line with no newline after it carries a NUL, so it differs
    /// from the same line with a newline and prints with the marker.
    private static func lines(_ text: String) -> [Substring] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false)
        if result.last == "" {
            result.removeLast()
        } else if let last = result.popLast() {
            result.append(Substring(last + "\u{0}"))
        }
        return result
    }

    private static func printable(_ prefix: String, _ line: Substring) -> String {
        line.hasSuffix("\u{0}") ? prefix + line.dropLast() + "\n" + noNewline : prefix + line
    }

    private static func editScript(_ a: [Substring], _ b: [Substring], equal: (Substring, Substring) -> Bool) -> [Edit] {
        var head = 0
        while head < a.count, head < b.count, equal(a[head], b[head]) { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, equal(a[a.count - 1 - tail], b[b.count - 1 - tail]) { tail += 1 }
        let x = Array(a[head..<(a.count - tail)]), y = Array(b[head..<(b.count - tail)])

        guard x.count * y.count <= maximumMatchingWork else {
            return a[..<head].map(Edit.keep) + x.map(Edit.remove) + y.map(Edit.insert) + a[(a.count - tail)...].map(Edit.keep)
        }
        // lengths[i][j]: length of the longest common subsequence of x[i...] and y[j...].
        let width = y.count + 1
        var lengths = [Int](repeating: 0, count: (x.count + 1) * width)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                lengths[i * width + j] = equal(x[i], y[j])
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var script = a[..<head].map(Edit.keep)
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, equal(x[i], y[j]) {
                script.append(.keep(x[i])); i += 1; j += 1
            } else if i < x.count, j == y.count || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                script.append(.remove(x[i])); i += 1
            } else {
                script.append(.insert(y[j])); j += 1
            }
        }
        return script + a[(a.count - tail)...].map(Edit.keep)
    }

    /// Groups the changes into hunks with `context` unchanged lines around each.
    private static func hunks(_ script: [Edit], context: Int) -> [Hunk] {
        var near = [Bool](repeating: false, count: script.count)
        for (position, edit) in script.enumerated() {
            if case .keep = edit { continue }
            for k in max(0, position - context)...min(script.count - 1, position + context) { near[k] = true }
        }
        var hunks: [Hunk] = []
        var oldLine = 1, newLine = 1
        var hunk: Hunk?
        for (position, edit) in script.enumerated() {
            if near[position] {
                if hunk == nil { hunk = Hunk(oldStart: oldLine, newStart: newLine) }
                switch edit {
                case let .keep(line): hunk!.lines.append(printable(" ", line)); hunk!.oldCount += 1; hunk!.newCount += 1
                case let .remove(line): hunk!.lines.append(printable("-", line)); hunk!.oldCount += 1
                case let .insert(line): hunk!.lines.append(printable("+", line)); hunk!.newCount += 1
                }
            } else if let finished = hunk {
                hunks.append(finished)
                hunk = nil
            }
            switch edit {
            case .keep: oldLine += 1; newLine += 1
            case .remove: oldLine += 1
            case .insert: newLine += 1
            }
        }
        if let hunk { hunks.append(hunk) }
        return hunks
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(count == 0 ? start - 1 : start),\(count)"
    }
}
