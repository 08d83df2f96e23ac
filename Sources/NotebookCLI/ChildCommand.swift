import ArgumentParser
import Foundation
import Notebook

/// The child process of a chapter run (see `ChapterRunner`); not for direct use.
struct ChildCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "_run-chapter",
        abstract: "Run one compiled chapter in this process (used by ganbook itself).",
        shouldDisplay: false
    )

    @Argument(help: "The chapter's path as compiled.") var path: String
    @Option(help: "The chapter's number, for figure ids.") var number: Int
    @Option(help: "File that receives a line as each cell begins.") var events: String
    @Option(help: "File that receives the results as JSON.") var result: String

    func run(programs: [ChapterProgram]) throws -> Int32 {
        guard let program = programs.first(where: { $0.path == path }) else {
            throw BookError(["error: no compiled chapter \(path)"], isUsage: true)
        }
        try ChapterChild.run(program, chapterNumber: number, events: URL(fileURLWithPath: events),
                             result: URL(fileURLWithPath: result))
        return 0
    }
}
