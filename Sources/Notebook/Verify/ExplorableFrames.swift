import BookRuntime

/// The frames of an explorable figure's SVG, for telling an author which values' frames changed:
/// a figure file holds every frame as `<g class="choice" data-choice="i" …>` groups, one per
/// value in each panel, and a diff of the whole file rarely shows which value a changed line
/// belongs to.
package enum ExplorableFrames {
    /// The markup of each frame by its index (`data-choice`), the groups of all panels joined
    /// in order. Relies on the figure writer's one element per line.
    package static func frames(in svg: String) -> [Int: String] {
        var frames: [Int: String] = [:]
        var current: Int?
        var depth = 0
        for line in svg.split(separator: "\n", omittingEmptySubsequences: false) {
            if let index = current {
                if line.hasPrefix("<g") { depth += 1 }
                if line.hasPrefix("</g>") { depth -= 1 }
                if depth == 0 { current = nil } else { frames[index, default: ""] += line + "\n" }
            } else if line.hasPrefix("<g class=\"choice"), let index = choice(of: line) {
                (current, depth) = (index, 1)
                if frames[index] == nil { frames[index] = "" }
            }
        }
        return frames
    }

    /// The values (as the page labels them) whose frames differ between the recorded and the
    /// new SVG, within `tolerance`, in the slider's order.
    package static func changedValues(
        recorded: String, new: String, parameter: FigureResult.Parameter, tolerance: TolerantText
    ) -> [String] {
        let (old, fresh) = (frames(in: recorded), frames(in: new))
        return parameter.values.indices.filter { index in
            guard let before = old[index], let after = fresh[index] else { return true }
            return !tolerance.equal(before, after)
        }.map { parameter.values[$0] }
    }

    private static func choice(of line: Substring) -> Int? {
        guard let start = line.firstRange(of: "data-choice=\"") else { return nil }
        return Int(line[start.upperBound...].prefix { $0.isNumber })
    }
}
