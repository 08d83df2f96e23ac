import Foundation
import TestSupport
import Testing

/// An explorable figure through the fixture book: all its frames are recorded in its one
/// figure file, so a change to any frame, shown by default or not, fails `verify`, and
/// `update` records the frames again.
@Suite("Explorable figures, through the fixture book", .serialized)
struct FixtureExplorableFigureTests {
    static let sourceChapters = TestPaths.packageRoot.appending(path: "Tests/FixtureBook/explorable-chapters")
    let folder: URL
    let figure: URL

    init() throws {
        folder = try TestPaths.temporaryFolder("fixture-explorable")
        try FileManager.default.copyItem(at: Self.sourceChapters, to: folder.appending(path: "chapters"))
        let figures = folder.appending(path: "chapters/figures/explorable-figure")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: figures.path).first { $0.hasSuffix(".svg") })
        figure = figures.appending(path: name)
    }

    func run(_ arguments: [String]) throws -> ProcessResult {
        try FixtureBook.run(arguments + ["--cache", "cache"], in: folder)
    }

    @Test func theRecordedFileHoldsEveryFrameAndVerifies() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = try String(contentsOf: figure, encoding: .utf8)
        #expect(svg.contains("data-parameter=\"slope a\""))
        for (index, value) in ["0.5", "1.0", "2.0"].enumerated() {
            #expect(svg.contains("data-choice=\"\(index)\" data-value=\"\(value)\""), "\(svg)")
        }
        let verify = try run(["verify"])
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.contains("01-explorable-figure.md  1 cell, 1 figure"), "\(verify.output)")
    }

    @Test func aChangedHiddenFrameFailsVerifyAndUpdateRestoresIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try Data(contentsOf: figure)
        let svg = String(decoding: original, as: UTF8.self)
        // The first frame (slope 0.5) is hidden by default; its line's path is the first after
        // its group opens. Drawing it from a different point changes that frame alone.
        let group = try #require(svg.firstRange(of: "data-choice=\"0\""))
        let start = try #require(svg[group.upperBound...].firstRange(of: " d=\""))
        let end = try #require(svg[start.upperBound...].firstIndex(of: "\""))
        let changed = svg.replacingCharacters(in: start.upperBound..<end, with: "M7 7L70 70")
        try Data(changed.utf8).write(to: figure)

        let verify = try run(["verify"])
        #expect(verify.status == 1, "\(verify.output)")
        #expect(verify.output.contains("differs from its recorded file, in its frames for slope a = 0.5\n"), "\(verify.output)")
        #expect(verify.output.contains("-") && verify.output.contains("M7 7L"), "\(verify.output)")

        let update = try run(["update", "1"])
        #expect(update.status == 0, "\(update.output)")
        #expect(try Data(contentsOf: figure) == original)
    }
}
