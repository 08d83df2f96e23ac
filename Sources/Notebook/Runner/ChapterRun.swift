import BookFormat
import BookRuntime

/// A chapter's outcome, and whether it was run or taken from the cache.
package struct ChapterRun: Sendable {
    package var chapter: Chapter
    package var outcome: ChapterOutcome
    package var timing: Timing
    /// Why a chapter that finished could not be recorded in the cache, if it could not; the
    /// run itself is good.
    package var cacheProblem: String?

    package init(chapter: Chapter, outcome: ChapterOutcome, timing: Timing, cacheProblem: String? = nil) {
        self.chapter = chapter
        self.outcome = outcome
        self.timing = timing
        self.cacheProblem = cacheProblem
    }

    /// Where the outcome came from, as progress reports show it: seconds, or "cached".
    package enum Timing: Sendable, CustomStringConvertible {
        /// The chapter ran, taking this long (wall clock, from its compile, if it needed one,
        /// to its process's end), of which `compiling` went to the compiler.
        case ran(seconds: Double, compiling: Double = 0)
        /// The outcome is the cache's record of an earlier run with the same key.
        case cached

        package var description: String {
            switch self {
            case let .ran(seconds, 0): formatSeconds(seconds)
            case let .ran(seconds, compiling): "\(formatSeconds(seconds)) (compiling \(formatSeconds(compiling)))"
            case .cached: "cached"
            }
        }
    }
}
