import Foundation
import TestSupport
import Testing

/// `--help` of every command, through the fixture book, which shares ganbook's commands.
@Suite("Help of the commands")
struct CommandHelpTests {
    @Test(arguments: ["list", "run", "build", "verify", "update"])
    func subcommandHelpIsTheSubcommandsOwn(command: String) throws {
        let flag = try FixtureBook.run([command, "--help"])
        #expect(flag.status == 0)
        #expect(flag.output.contains("USAGE: ganbook \(command)"), "\(flag.output)")
        #expect(!flag.output.contains("SUBCOMMANDS:"), "\(flag.output)")
        let helpCommand = try FixtureBook.run(["help", command])
        #expect(helpCommand.status == 0)
        #expect(helpCommand.output == flag.output)
    }

    @Test func topLevelHelpListsTheSubcommands() throws {
        for arguments in [["--help"], []] {
            let run = try FixtureBook.run(arguments)
            #expect(run.status == 0)
            #expect(run.output.contains("USAGE: ganbook <subcommand>"), "\(run.output)")
            #expect(run.output.contains("SUBCOMMANDS:"))
        }
    }

    @Test(arguments: ["build", "verify", "update"])
    func commandsThatRunSeveralChaptersTakeJobs(command: String) throws {
        #expect(try FixtureBook.run([command, "--help"]).output.contains("-j, --jobs <n>"))
    }
}
