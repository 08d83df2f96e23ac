import BookFormat
import Foundation

extension CachingChapterRunner {
    /// The number of chapters to run at once when the user does not say: one per processor
    /// core, so the child processes do not wait for each other's cores.
    package static var defaultJobs: Int {
        ProcessInfo.processInfo.activeProcessorCount
    }

    /// Runs `chapters`, at most `jobs` at once, each compiled and run in its own child process
    /// as `run(_:)` does, and returns their runs in the order of `chapters`.
    ///
    /// `completed` is called on the calling thread with each run, in the order of `chapters`,
    /// as soon as that run and every one before it are done: whatever a command prints from it
    /// comes out in chapter order, whichever child finishes first. Each child's outputs and
    /// figures depend only on its chapter (its own process, seeded generators), so running
    /// chapters at once changes when they finish, never what they produce.
    package func run(_ chapters: [Chapter], jobs: Int, completed: (ChapterRun) -> Void) -> [ChapterRun] {
        var runs: [ChapterRun] = []
        performConcurrently(count: chapters.count, width: jobs, startOrder: Self.startOrder(of: chapters, jobs: jobs)) { index in
            run(chapters[index])
        } deliver: { run in
            completed(run)
            runs.append(run)
        }
        return runs
    }

    /// The order in which to start `chapters` (indices into it). One at a time, in chapter
    /// order, so the first results are reported soonest. Several at once, the last chapter
    /// first: the book builds up, its later chapters train larger models and take longest, and
    /// a long chapter started late leaves the other cores idle while it finishes alone.
    package static func startOrder(of chapters: [Chapter], jobs: Int) -> [Int] {
        let inOrder = Array(chapters.indices)
        return jobs == 1 ? inOrder : inOrder.sorted { chapters[$0].number > chapters[$1].number }
    }
}
