import ArgumentParser
import BookFormat
import BookRuntime
import Foundation
import Notebook

struct ExerciseCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercise",
        abstract: "List the exercises, start one, or check your answer to it.",
        discussion: """
            ganbook exercise list        each exercise, its title, and whether your answer passes
            ganbook exercise 2.1         writes the starter to exercises/2.1-<slug>.swift (never \
            over an existing file) and prints the prompt
            ganbook exercise 2.1 --check runs your file in the starter's place, after the chapter's \
            cells before the exercise, and prints each case's verdict; exit status 0 when every case passes
            """
    )

    @OptionGroup var book: BookOptions
    @OptionGroup var process: ChildProcessOptions
    @Argument(help: ArgumentHelp("An exercise's id, such as 2.1, or 'list'.", valueName: "exercise"))
    var name: String
    @Flag(help: "Check your answer: compile and run your file with the exercise's checks.")
    var check = false
    @Option(name: .customLong("exercises"), help: ArgumentHelp("The folder of your answers.", valueName: "dir"))
    var folder = "exercises"

    func validate() throws {
        if name == "list", check { throw ValidationError("--check takes an exercise's id; 'exercise list' checks every answer") }
    }

    func run(library: ChapterLibrary) throws -> Int32 {
        let book = try book.load()
        let exercises = book.chapters.flatMap { chapter in chapter.exercises.map { (chapter, $0) } }
        if name == "list" { return list(exercises, library: library) }
        guard let (chapter, exercise) = exercises.first(where: { $0.1.id == name }) else {
            let known = exercises.isEmpty ? "the book has none" : "the exercises are " + exercises.map(\.1.id).joined(separator: ", ")
            throw BookError(["error: no exercise '\(name)'; \(known)"], isUsage: true)
        }
        return check ? checkAnswer(exercise, of: chapter, library: library) : start(exercise, of: chapter)
    }

    func file(of exercise: Exercise) -> String { folder + "/" + exercise.fileName }

    /// Writes the starter to the reader's file unless it exists, and prints the prompt.
    func start(_ exercise: Exercise, of chapter: Chapter) -> Int32 {
        let path = file(of: exercise)
        let header = "// Exercise \(exercise.id): \(exercise.title) (\(chapter.path):\(exercise.line))\n"
            + "// Everything the chapter's cells define before the exercise is in scope. Check with: ganbook exercise \(exercise.id) --check\n"
        let written: Bool
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data((header + chapter.cells[exercise.starter].code).utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            written = true
        } catch where FileManager.default.fileExists(atPath: path) {
            written = false
        } catch {
            Terminal.error("error: cannot write \(path): \(error.localizedDescription)")
            return 1
        }
        print("Exercise \(exercise.id): \(exercise.title)  (\(chapter.path):\(exercise.line))\n")
        print(exercise.prompt + "\n")
        print(written ? "Wrote \(path); fill it in." : "\(path) is already there; it was left as it is.")
        print("Check it with: ganbook exercise \(exercise.id) --check")
        return 0
    }

    /// Runs the reader's file against the exercise's checks and prints each case's verdict.
    func checkAnswer(_ exercise: Exercise, of chapter: Chapter, library: ChapterLibrary) -> Int32 {
        let path = file(of: exercise)
        guard let answer = try? String(contentsOfFile: path, encoding: .utf8) else {
            Terminal.error("error: no answer at \(path); start the exercise with: ganbook exercise \(exercise.id)")
            return 1
        }
        let result = checker(library).check(exercise, of: chapter, answer: answer, file: path)
        switch result.outcome {
        case let .failed(failure):
            Terminal.error(failure.description)
            print("exercise \(exercise.id) fails: the checks did not run")
        case let .ran(answerOutput, checkOutput):
            print(answerOutput + checkOutput, terminator: "")
            let (passed, failed) = result.cases
            print("exercise \(exercise.id) " + (result.passes ? "passes: \(counted(passed, "case")) of \(passed)"
                : "fails: \(passed) of \(counted(passed + failed, "case")) passed"))
        }
        return result.passes ? 0 : 1
    }

    /// Every exercise with the state of the reader's answer, checking each one started.
    func list(_ exercises: [(Chapter, Exercise)], library: ChapterLibrary) -> Int32 {
        let checker = checker(library)
        print("id    answer       title")
        for (chapter, exercise) in exercises {
            let path = file(of: exercise)
            let state: String
            if let answer = try? String(contentsOfFile: path, encoding: .utf8) {
                state = checker.check(exercise, of: chapter, answer: answer, file: path).passes ? "passes" : "fails"
            } else {
                state = "not started"
            }
            print(exercise.id.padded(6) + state.padded(13) + exercise.title)
        }
        return 0
    }

    func checker(_ library: ChapterLibrary) -> ExerciseChecker {
        ExerciseChecker(library: library, products: BuildProducts(executable: ChapterRunner.currentExecutable),
                        cache: ChapterCache(directory: process.cacheFolder),
                        runner: process.chapterRunner(progress: ProgressReporter()))
    }
}
