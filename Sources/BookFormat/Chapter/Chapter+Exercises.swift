extension Chapter {
    /// The chapter cut down to what checking an answer to `exercise` needs: its cells before
    /// the exercise (earlier exercises run their solutions, as in the book), then `answer`,
    /// the reader's code read from `file`, in the starter's place, then the check. The cells
    /// after the exercise, and its solution, are left out, so only what the check depends on
    /// is compiled and run. Errors in the answer name `file` and its own lines.
    package func checking(_ exercise: Exercise, answer: String, file: String) -> Chapter {
        var chapter = self
        let answerCell = Cell(index: exercise.starter, code: answer, options: CellOptions(), fenceLine: 0,
                              closingLine: 0, record: CellRecord(), file: file)
        var check = cells[exercise.check]
        check.index = exercise.starter + 1
        chapter.cells = Array(cells[..<exercise.starter]) + [answerCell, check]
        chapter.exercises = exercises.filter { $0.starter < exercise.starter }
        return chapter
    }

    /// The exercise with id `id` (`2.1`).
    package func exercise(_ id: String) -> Exercise? {
        exercises.first { $0.id == id }
    }
}
