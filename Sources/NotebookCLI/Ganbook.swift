import ArgumentParser
import BookFormat
import BookRuntime
import Foundation
import Notebook

/// `ganbook`: runs, verifies, records and publishes the chapters of a book.
///
/// Exit status: 0 success; 1 a chapter failed, differs from its record, or could not be
/// read; 2 bad usage.
package struct Ganbook: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "ganbook",
        abstract: "Run, verify, record and publish the chapters of the book.",
        discussion: """
            Chapters are the Markdown files in chapters/ (NN-slug.md). Each chapter's Swift \
            cells are compiled into a program of its own, against the library this binary was \
            built with, whenever they changed; a changed cell recompiles its chapter alone.

            The results of chapters that finished are cached next to this binary \
            (ganbook-cache); a chapter whose cells and the code they run against did not \
            change is not run again, and its line says "cached". --force runs every chapter.

            Exit status: 0 on success, 1 when a chapter fails or differs from its record, \
            2 on bad usage.
            """,
        subcommands: [
            ListCommand.self, RunCommand.self, BuildCommand.self, VerifyCommand.self,
            UpdateCommand.self, ServeCommand.self, ExerciseCommand.self,
        ]
    )

    package init() {}

    /// Parses the command line, runs the command with chapters compiled against `library`,
    /// and exits.
    package static func main(library: ChapterLibrary) -> Never {
        let command: BookCommand
        do {
            command = try parseBookCommand()
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // The parser's message ends by naming the help of the command that was misused.
            Terminal.error(fullMessage(for: error))
            Foundation.exit(2)
        }
        do {
            Foundation.exit(try command.run(library: library))
        } catch let error as BookError {
            Terminal.error(error.description)
            Foundation.exit(error.isUsage ? 2 : 1)
        } catch {
            Terminal.error("error: \(error)")
            Foundation.exit(1)
        }
    }

    /// The subcommand the command line names. `ganbook verify --help` and `ganbook help verify`
    /// parse to the argument parser's own help command, and a bare `ganbook` to `Ganbook`
    /// itself; running those throws the request for the help they stand for (the subcommand's,
    /// or the top level's), which the caller prints like any other message of the parser.
    private static func parseBookCommand() throws -> BookCommand {
        var command = try parseAsRoot()
        if let bookCommand = command as? BookCommand { return bookCommand }
        try command.run()
        throw CleanExit.helpRequest(self)
    }
}

/// A subcommand that works on the compiled chapters and returns the exit status.
protocol BookCommand: ParsableCommand {
    func run(library: ChapterLibrary) throws -> Int32
}

/// Writing to standard error.
enum Terminal {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
