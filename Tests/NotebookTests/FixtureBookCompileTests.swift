import Foundation
import TestSupport
import Testing

/// Chapters are compiled by ganbook itself, one program per chapter, whenever their cells
/// change: no rebuild of the executable, errors at the Markdown line, and a changed cell
/// recompiles its own chapter only.
@Suite("Compiling chapters, through the fixture book", .serialized)
struct FixtureBookCompileTests {
    let folder: URL

    init() throws {
        folder = try FixtureBook.copyChapters()
    }

    func run(_ arguments: [String]) throws -> ProcessResult {
        try FixtureBook.run(arguments + ["--cache", "cache"], in: folder)
    }

    func replace(_ old: String, with new: String, in chapter: String) throws {
        let file = folder.appending(path: "chapters/\(chapter).md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: file)
    }

    /// The compiled programs, by file name, with the inode of each: a program compiled again
    /// is a new file.
    func programs() throws -> [String: UInt64] {
        let programs = folder.appending(path: "cache/programs")
        var inodes: [String: UInt64] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: programs.path) where !name.hasPrefix(".") {
            let attributes = try FileManager.default.attributesOfItem(atPath: programs.appending(path: name).path)
            inodes[name] = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        }
        return inodes
    }

    @Test func editedCellRunsWithoutARebuildAndRecompilesOnlyItsChapter() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(["verify", "1", "2"]).status == 0)
        let before = try programs()
        #expect(before.keys.filter { $0.hasPrefix("01-hidden-cell-") }.count == 1, "\(before)")
        #expect(before.keys.filter { $0.hasPrefix("02-figure-") }.count == 1, "\(before)")

        try replace("let answer = 6 * 7", with: "let answer = 6 * 8", in: "01-hidden-cell")
        let edited = try run(["run", "1"])
        #expect(edited.status == 0, "\(edited.output)")
        #expect(edited.output.contains("the answer is 48"), "\(edited.output)")
        #expect(edited.output.contains("hidden cell saw 49"), "\(edited.output)")

        let after = try programs()
        let figureProgram = try #require(before.first { $0.key.hasPrefix("02-figure-") })
        #expect(after[figureProgram.key] == figureProgram.value, "chapter 2 was compiled again: \(before) → \(after)")
        #expect(Set(after.keys).subtracting(before.keys).count == 1, "\(before) → \(after)")
        #expect(Set(after.keys).subtracting(before.keys).first?.hasPrefix("01-hidden-cell-") == true)
    }

    @Test func compileErrorNamesTheMarkdownLineAndColumn() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try replace("print(\"hidden cell saw\", answer + 1)", with: "let broken: Int = \"text\"", in: "01-hidden-cell")
        let result = try run(["run", "1"])
        #expect(result.status == 1)
        #expect(result.output.contains("chapters/01-hidden-cell.md:17:19: error: cannot convert value of type 'String' to specified type 'Int'"),
                "\(result.output)")
        #expect(result.output.contains("chapters/01-hidden-cell.md:17: error: does not compile (1 error)"), "\(result.output)")
        #expect(!result.output.contains(".swift:"), "the generated file shows through: \(result.output)")

        try replace("let broken: Int = \"text\"", with: "print(\"hidden cell saw\", answer + 1)", in: "01-hidden-cell")
        #expect(try run(["verify", "1"]).status == 0)
    }

    @Test func proseEditNeitherCompilesNorRuns() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(["verify", "1"]).status == 0)
        let before = try programs()
        try replace("A visible cell sets a value.", with: "A new line.\n\nA visible cell sets a value.", in: "01-hidden-cell")
        let again = try run(["verify", "1"])
        #expect(again.status == 0, "\(again.output)")
        #expect(again.output.contains("cached"), "\(again.output)")
        #expect(try programs() == before)
    }
}
