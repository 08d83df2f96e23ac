import BookFormat
import Foundation
import TestSupport
import Testing

/// `ganbook exercise`, through the fixture book's exercise chapter: the command a reader runs.
@Suite("Exercises, through the fixture book", .serialized)
struct FixtureExerciseTests {
    static let sourceChapters = TestPaths.packageRoot.appending(path: "Tests/FixtureBook/exercise-chapters")
    let folder: URL
    let chapter: Chapter
    var exercise: Exercise { chapter.exercises[0] }
    var answer: URL { folder.appending(path: "exercises/1.1-the-mean.swift") }

    init() throws {
        folder = try TestPaths.temporaryFolder("fixture-exercises")
        try FileManager.default.copyItem(at: Self.sourceChapters, to: folder.appending(path: "chapters"))
        let path = "chapters/01-exercises.md"
        chapter = try ChapterParser.parse(String(contentsOf: folder.appending(path: path), encoding: .utf8), path: path)
    }

    func run(_ arguments: [String]) throws -> ProcessResult {
        try FixtureBook.run(["exercise"] + arguments + ["--cache", "cache"], in: folder)
    }

    func writeAnswer(_ code: String) throws {
        try Data(code.utf8).write(to: answer)
    }

    @Test func theBookVerifiesWithTheSolutionsChecksPassing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let verify = try FixtureBook.run(["verify", "--cache", "cache"], in: folder)
        #expect(verify.status == 0, "\(verify.output)")
        #expect(chapter.cells[exercise.check].record.output?.text == "✓ mean of the chapter's numbers\n✓ mean of one value\n")
    }

    @Test func starterFailsEveryCaseAndSolutionPassesEveryCase() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let start = try run(["1.1"])
        #expect(start.status == 0, "\(start.output)")
        #expect(start.output.contains("Write `mean(_:)`, the average"), "\(start.output)")
        #expect(start.output.contains("Wrote exercises/1.1-the-mean.swift"), "\(start.output)")
        #expect(try String(contentsOf: answer, encoding: .utf8).hasSuffix(chapter.cells[exercise.starter].code))

        let starter = try run(["1.1", "--check"])
        #expect(starter.status == 1, "\(starter.output)")
        #expect(!starter.output.contains("✓"), "a case passes with the starter, so it checks nothing: \(starter.output)")
        #expect(starter.output.contains("exercise 1.1 fails: 0 of 2 cases passed"), "\(starter.output)")
        #expect(!starter.output.contains("after the exercise"), "a cell after the exercise ran: \(starter.output)")

        try writeAnswer(chapter.cells[exercise.solution].code)
        let solution = try run(["1.1", "--check"])
        #expect(solution.status == 0, "\(solution.output)")
        #expect(solution.output.contains("✓ mean of the chapter's numbers\n✓ mean of one value\nexercise 1.1 passes"), "\(solution.output)")
        #expect(try run(["list"]).output.contains("1.1   passes       The mean"))
    }

    @Test func wrongAnswerPrintsWhatItGotAndTheHint() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(["1.1"]).status == 0)
        try writeAnswer("func mean(_ values: [Double]) -> Double {\n    values.reduce(0, +)\n}\n")
        let wrong = try run(["1.1", "--check"])
        #expect(wrong.status == 1)
        #expect(wrong.output.contains("✗ mean of the chapter's numbers: got 14.0, expected 2.8 ± 1e-12; add the values and divide by their count"),
                "\(wrong.output)")
        #expect(wrong.output.contains("✓ mean of one value"), "\(wrong.output)")
        #expect(wrong.output.contains("exercise 1.1 fails: 1 of 2 cases passed"), "\(wrong.output)")
        #expect(try run(["list"]).output.contains("1.1   fails        The mean"))
    }

    @Test func syntaxErrorIsReportedAtTheReadersFileAndLine() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: answer.deletingLastPathComponent(), withIntermediateDirectories: true)
        try writeAnswer("func mean(_ values: [Double]) -> Double {\n    let total = values.reduce(0, +)\n    return total / Double(values.count\n}\n")
        let broken = try run(["1.1", "--check"])
        #expect(broken.status == 1)
        #expect(broken.output.contains("exercises/1.1-the-mean.swift:4: error: does not compile (1 error)"), "\(broken.output)")
        #expect(broken.output.contains("exercises/1.1-the-mean.swift:4:1: error: expected ')' in expression list"), "\(broken.output)")
    }

    @Test func trapInTheAnswerIsReportedAtTheReadersFileAndLine() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: answer.deletingLastPathComponent(), withIntermediateDirectories: true)
        try writeAnswer("func mean(_ values: [Double]) -> Double {\n    values.reduce(0, +) / Double(values.count)\n}\nlet empty = mean([])\nif empty.isNaN { fatalError(\"an empty array has no mean\") }\n")
        let trapped = try run(["1.1", "--check"])
        #expect(trapped.status == 1)
        #expect(trapped.output.contains("exercises/1.1-the-mean.swift:5: error: trapped"), "\(trapped.output)")
        #expect(trapped.output.contains("Fatal error: an empty array has no mean"), "\(trapped.output)")
    }

    @Test func startingAnExerciseNeverOverwritesTheReadersFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: answer.deletingLastPathComponent(), withIntermediateDirectories: true)
        let mine = "// my work in progress\n"
        try writeAnswer(mine)
        let again = try run(["1.1"])
        #expect(again.status == 0)
        #expect(again.output.contains("exercises/1.1-the-mean.swift is already there; it was left as it is"), "\(again.output)")
        #expect(try String(contentsOf: answer, encoding: .utf8) == mine)
    }

    @Test func unknownExerciseIsAUsageError() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = try run(["9.9"])
        #expect(unknown.status == 2)
        #expect(unknown.output.contains("no exercise '9.9'; the exercises are 1.1"), "\(unknown.output)")
        #expect(try run(["list"]).output.contains("1.1   not started  The mean"))
    }
}
