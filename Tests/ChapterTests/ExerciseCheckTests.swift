import BookFormat
import Foundation
import TestSupport
import Testing

/// Every exercise of the book, checked both ways through `ganbook exercise --check`, the
/// command a reader runs: the book's solution passes every case, and the starter fails every
/// case, so no case passes whatever the answer.
@Suite("The book's exercises")
struct ExerciseCheckTests {
    static let chapters = TestPaths.packageRoot.appending(path: Ganbook.chapters)

    /// Every exercise of the book, with its chapter.
    static let exercises: [(chapter: Chapter, exercise: Exercise)] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: chapters.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().flatMap { name -> [(Chapter, Exercise)] in
            let path = "chapters/" + name
            guard let text = try? String(contentsOf: chapters.appending(path: name), encoding: .utf8),
                  let chapter = try? ChapterParser.parse(text, path: path) else { return [] }
            return chapter.exercises.map { (chapter, $0) }
        }
    }()

    @Test func everyChapterFromTheFirstHasAtLeastTwoExercises() {
        for number in 1...5 {
            #expect(Self.exercises.filter { $0.chapter.number == number }.count >= 2, "chapter \(number)")
        }
    }

    /// Runs `ganbook exercise ID --check` with `code` as the reader's file.
    func check(_ id: String, _ fileName: String, code: String) throws -> ProcessResult {
        let folder = try TestPaths.temporaryFolder("ganbook-exercise-\(id)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(code.utf8).write(to: folder.appending(path: fileName))
        return try Ganbook.run(["exercise", id, "--check", "--exercises", folder.path])
    }

    @Test(arguments: exercises.map(\.exercise.id))
    func solutionPassesEveryCaseAndStarterFailsEveryCase(id: String) throws {
        let (chapter, exercise) = try #require(Self.exercises.first { $0.exercise.id == id })
        let solution = try check(id, exercise.fileName, code: chapter.cells[exercise.solution].code)
        #expect(solution.status == 0, "\(solution.output)")
        #expect(solution.output.contains("exercise \(id) passes"), "\(solution.output)")
        let starter = try check(id, exercise.fileName, code: chapter.cells[exercise.starter].code)
        #expect(starter.status == 1, "\(starter.output)")
        #expect(starter.output.contains("exercise \(id) fails: 0 of"), "a case passes with the starter: \(starter.output)")
        #expect(!starter.output.contains("✓"), "a case passes with the starter: \(starter.output)")
    }
}
