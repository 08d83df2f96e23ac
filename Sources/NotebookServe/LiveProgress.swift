import BookFormat
import Notebook

/// Passes what the chapters are doing ("compiling", "cell 3 of 15") to the open pages.
package struct LiveProgress: Sendable {
    let channel = LiveChannel()

    /// The runner's observer (see `ProgressReporter`).
    package func report(_ chapter: Chapter, _ activity: ChapterActivity) {
        let text = activity.text(cellCount: chapter.cells.count)
        channel.update { $0.activity[chapter.name] = text }
    }
}
