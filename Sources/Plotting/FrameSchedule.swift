/// When each frame of an animated figure is on screen, written as SVG (SMIL) animation, so
/// that figures move in any browser without a line of script.
///
/// Frames take turns, `secondsPerFrame` each; the last one stays up for `holdSlots` turns
/// before the loop starts again, so the final state can be read. Every frame is a `<g>` whose
/// `visibility` an `<animate calcMode="discrete">` switches on for its turn. Without
/// animation (in print, or a viewer without SMIL) only the last frame is visible: its group
/// is the only one not hidden by default.
struct FrameSchedule {
    let count: Int
    let secondsPerFrame: Double
    static let holdSlots = 3

    /// The length of one loop in seconds.
    var duration: Double { Double(count - 1 + Self.holdSlots) * secondsPerFrame }

    /// Opens frame `index`'s group, with its animation as the first child; the caller draws
    /// the frame and closes the group.
    func startFrame(_ index: Int, into svg: inout SVGWriter) {
        let isLast = index == count - 1
        svg.start("g", ["class": "frame", "visibility": isLast ? "visible" : "hidden"])
        let slots = Double(count - 1 + Self.holdSlots)
        let start = Double(index) / slots
        let end = Double(index + 1) / slots
        let (values, keyTimes): (String, String)
        switch (index == 0, isLast) {
        case (true, true): return
        case (true, false): (values, keyTimes) = ("visible;hidden", "0;\(key(end))")
        case (false, true): (values, keyTimes) = ("hidden;visible", "0;\(key(start))")
        case (false, false): (values, keyTimes) = ("hidden;visible;hidden", "0;\(key(start));\(key(end))")
        }
        svg.element("animate", [
            "attributeName": "visibility", "values": values, "keyTimes": keyTimes, "calcMode": "discrete",
            "dur": formatFixed(duration, decimals: 3) + "s", "repeatCount": "indefinite",
        ])
    }

    private func key(_ fraction: Double) -> String {
        formatFixed(fraction, decimals: 6)
    }
}
