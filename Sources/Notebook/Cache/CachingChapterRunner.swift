import BookFormat
import Foundation

/// Runs chapters through the cache: a chapter whose key has an entry is neither compiled nor
/// run again, and every chapter that finishes is recorded for next time. A chapter that does
/// not compile, traps, exits early or runs out of time is never recorded, so it runs, and is
/// reported, every time.
package struct CachingChapterRunner: Sendable {
    package var compiler: ChapterCompiler
    package var runner: ChapterRunner
    package var cache: ChapterCache
    /// Runs every chapter even when the cache holds its result; the new runs replace the entries.
    package var force: Bool

    package init(compiler: ChapterCompiler, runner: ChapterRunner, cache: ChapterCache, force: Bool) {
        self.compiler = compiler
        self.runner = runner
        self.cache = cache
        self.force = force
    }

    package func run(_ chapter: Chapter) -> ChapterRun {
        let key = ChapterCacheKey(chapter: chapter, libraryFingerprint: compiler.library.fingerprint)
        if !force, let outcome = cache.outcome(for: chapter, key: key) {
            return ChapterRun(chapter: chapter, outcome: outcome, timing: .cached)
        }
        let start = ContinuousClock.now
        var compiled = false
        let program = compiler.executable(for: chapter) {
            compiled = true
            runner.progress.update(chapter: chapter, activity: .compiling, elapsed: ContinuousClock.now - start)
        }
        let compiling = compiled ? (ContinuousClock.now - start).seconds : 0
        let outcome: ChapterOutcome
        switch program {
        case let .success(executable): outcome = runner.run(chapter, program: executable)
        case let .failure(failure):
            runner.progress.finish(chapter)
            outcome = .failed(failure)
        }
        let seconds = (ContinuousClock.now - start).seconds
        var run = ChapterRun(chapter: chapter, outcome: outcome, timing: .ran(seconds: seconds, compiling: compiling))
        if case let .finished(results, strayOutput) = outcome {
            do {
                try cache.store(results, strayOutput: strayOutput, for: chapter, key: key)
            } catch {
                let file = cache.entryFile(for: chapter).path
                run.cacheProblem = "could not record the run in \(file): \(error.localizedDescription)"
            }
        }
        return run
    }
}
