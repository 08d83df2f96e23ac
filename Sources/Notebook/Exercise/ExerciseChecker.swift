import BookFormat
import BookRuntime
import Foundation

/// Checks a reader's answer to an exercise: compiles the chapter's cells before the exercise,
/// the answer in the starter's place and the check cell (`Chapter.checking`) into a program,
/// as any chapter is compiled, runs it as any chapter runs, and counts the check's verdicts.
/// A compile error in the answer names the reader's file and line; a trap, an early exit or a
/// hang is reported as a chapter's would be.
///
/// The programs are kept in a folder of their own (`programs/exercises` in the cache), so an
/// answer's program never takes the place of its chapter's; results are not cached, since the
/// answer is not part of any cache key.
package struct ExerciseChecker: Sendable {
    package var compiler: ChapterCompiler
    package var runner: ChapterRunner

    package init(library: ChapterLibrary, products: BuildProducts, cache: ChapterCache, runner: ChapterRunner) {
        compiler = ChapterCompiler(library: library, products: products,
                                   folder: ChapterCompiler.folder(in: cache).appending(path: "exercises", directoryHint: .isDirectory))
        self.runner = runner
    }

    /// Runs `answer`, the text of the reader's file at `file` (as it should appear in messages),
    /// against `exercise` of `chapter`.
    package func check(_ exercise: Exercise, of chapter: Chapter, answer: String, file: String) -> ExerciseCheck {
        let checking = chapter.checking(exercise, answer: answer, file: file)
        let program = compiler.executable(for: checking) {
            runner.progress.update(chapter: checking, activity: .compiling, elapsed: .zero)
        }
        switch program {
        case let .failure(failure):
            runner.progress.finish(checking)
            return ExerciseCheck(outcome: .failed(failure))
        case let .success(executable):
            switch runner.run(checking, program: executable) {
            case let .failed(failure): return ExerciseCheck(outcome: .failed(failure))
            case let .finished(results, _):
                return ExerciseCheck(outcome: .ran(answerOutput: results[exercise.starter].text,
                                                   checkOutput: results[exercise.starter + 1].text))
            }
        }
    }
}

/// How a reader's answer fared.
package struct ExerciseCheck: Sendable {
    package enum Outcome: Sendable {
        /// The answer compiled and the check ran: what each printed.
        case ran(answerOutput: String, checkOutput: String)
        /// The answer did not compile, or the program trapped, exited early or hung.
        case failed(ChapterFailure)
    }

    package var outcome: Outcome

    /// The cases that passed and failed (`CheckVerdict`).
    package var cases: (passed: Int, failed: Int) {
        guard case let .ran(_, checkOutput) = outcome else { return (0, 0) }
        return CheckVerdict.count(in: checkOutput)
    }

    /// At least one case ran and none failed.
    package var passes: Bool { cases.passed > 0 && cases.failed == 0 }
}
