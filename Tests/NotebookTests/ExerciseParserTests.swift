import BookFormat
import Testing

/// Exercise blocks: a heading, a prompt, and a starter, a solution and a check cell in a row;
/// anything else is an error at the offending line.
@Suite("Reading exercises")
struct ExerciseParserTests {
    /// A chapter with one exercise, `1.1`, whose cells carry `options`.
    func chapter(heading: String = "### Exercise 1.1: The mean", roles: [String] = ["starter", "solution", "check"],
                 ids: [String] = ["1.1", "1.1", "1.1"], prompt: String = "Write `mean`.\n\nUse $x_i$.") -> String {
        var text = "# T\n\n```swift\nlet numbers = [1.0]\n```\n\n\(heading)\n\n\(prompt)\n"
        for (role, id) in zip(roles, ids) { text += "\n```swift exercise-\(role) \(id)\nlet \(role) = 1\n```\n" }
        return text
    }

    @Test func readsTitlePromptAndCells() throws {
        let parsed = try parse(chapter()).get()
        let exercise = try #require(parsed.exercises.first)
        #expect(parsed.exercises.count == 1)
        #expect(exercise.id == "1.1")
        #expect(exercise.title == "The mean")
        #expect(exercise.prompt == "Write `mean`.\n\nUse $x_i$.")
        #expect(exercise.line == 7)
        #expect([exercise.starter, exercise.solution, exercise.check] == [1, 2, 3])
        #expect(exercise.fileName == "1.1-the-mean.swift")
        #expect(parsed.cells[1].options.exercise == ExercisePart(role: .starter, id: "1.1"))
        #expect(parsed.cells[3].options.words == ["exercise-check", "1.1"])
    }

    @Test func theBookRunsTheSolutionInTheStartersPlace() throws {
        let source = Tangler.source(for: try parse(chapter()).get(), imports: [])
        #expect(!source.contains("let starter = 1"))
        #expect(source.contains("let solution = 1"))
        #expect(source.contains("let check = 1"))
        #expect(source.contains("CellCapture.beginCell(1)"), "the starter keeps its (empty) result, so cells keep their numbers")
    }

    @Test func checkingAnAnswerRunsTheCellsBeforeItTheAnswerAndTheCheck() throws {
        let parsed = try parse(chapter() + "\n```swift\nlet after = 1\n```\n").get()
        let checking = parsed.checking(parsed.exercises[0], answer: "let answer = 1\n", file: "exercises/1.1-the-mean.swift")
        #expect(checking.cells.map(\.code) == ["let numbers = [1.0]\n", "let answer = 1\n", "let check = 1\n"])
        #expect(checking.cells.map(\.index) == [0, 1, 2])
        let source = Tangler.source(for: checking, imports: [])
        #expect(source.contains("#sourceLocation(file: \"exercises/1.1-the-mean.swift\", line: 1)\nlet answer = 1"))
    }

    @Test func exerciseWithoutSolutionOrCheckIsAnErrorAtTheNextCell() {
        let noSolution = diagnostic(chapter(roles: ["starter", "check"]))
        #expect(noSolution?.line == 17)
        #expect(noSolution?.message.contains("needs a ```swift exercise-solution 1.1 cell right after its starter") == true)
        let noCheck = diagnostic(chapter(roles: ["starter", "solution"]))
        #expect(noCheck?.line == 13)
        #expect(noCheck?.message.contains("needs a ```swift exercise-check 1.1 cell") == true)
    }

    @Test func solutionWithoutStarterIsAnError() {
        let found = diagnostic(chapter(roles: ["solution", "check"]))
        #expect(found?.line == 13)
        #expect(found?.message.contains("follows no exercise-starter 1.1 cell") == true)
    }

    @Test func mismatchedIdsAreAnError() {
        #expect(diagnostic(chapter(ids: ["1.1", "1.2", "1.1"]))?.line == 17)
    }

    @Test func duplicateIdIsAnErrorAtTheSecondStarter() {
        let twice = chapter() + "\n### Again\n\n```swift exercise-starter 1.1\n```\n"
        let found = diagnostic(twice)
        #expect(found?.line == 27)
        #expect(found?.message.contains("exercise 1.1 is already defined at line 7") == true)
    }

    @Test func idMustBelongToTheChapter() {
        let found = diagnostic(chapter(ids: ["2.1", "2.1", "2.1"]))
        #expect(found?.line == 13)
        #expect(found?.message.contains("numbered 1.1, 1.2") == true)
    }

    @Test func exerciseNeedsAHeadingRightBeforeItsPrompt() {
        let found = diagnostic("# T\n\n## Section\n\n```swift\nlet x = 1\n```\n\n```swift exercise-starter 1.1\n```\n")
        #expect(found?.line == 9)
        #expect(found?.message.contains("exercise 1.1 has no heading") == true)
    }

    @Test(arguments: [
        ("exercise-starter", "is followed by the exercise's id"),
        ("exercise-starter two", "is followed by the exercise's id"),
        ("exercise-starter 1.1 exercise-check 1.1", "one part in one exercise"),
        ("exercise-check 1.1 fold", "remove 'fold'"),
        ("hidden exercise-solution 1.1", "remove 'hidden'"),
        ("1.1", "unknown cell option '1.1'"),
    ])
    func malformedExerciseOptionsAreErrorsAtTheFence(options: String, message: String) {
        let found = diagnostic("# T\n\n```swift \(options)\nlet x = 1\n```\n")
        #expect(found?.line == 3)
        #expect(found?.message.contains(message) == true, "\(String(describing: found))")
    }
}
