import Foundation
import TestSupport

/// The book built once with a cache of its own, so that every chapter runs: the one run of the
/// book's chapters in the test process. The verification reads its results from that cache,
/// and the build from the cache is compared with its site byte for byte. It is kept in
/// `fresh-book` beside the built products, which each test process empties first.
///
/// It starts from the compiled programs of ganbook's default cache, when there are any (not
/// its results), so as not to compile the book again: what a program computes does not
/// depend on where it was compiled.
struct FreshBook: Sendable {
    let folder: URL
    /// What `build` printed.
    let output: String

    /// The cache holding every chapter's fresh result and compiled program.
    var cache: URL { folder.appending(path: "cache") }
    /// The site the fresh build wrote.
    var site: URL { folder.appending(path: "fresh") }

    static let shared = Result { try FreshBook() }

    private init() throws {
        folder = TestPaths.products.appending(path: "fresh-book")
        try? FileManager.default.removeItem(at: folder)
        try Self.copyCompiledChapters(to: folder.appending(path: "cache/programs"))
        let run = try Ganbook.run(["build", "--cache", folder.appending(path: "cache").path,
                                   "--output", folder.appending(path: "fresh").path])
        guard run.status == 0 else { throw Failure(description: "ganbook build reported:\n\(run.output)") }
        output = run.output
    }

    /// The line `build` printed for each chapter of `output`, which ends in its time (with its
    /// compile time in parentheses when it was compiled) or in "cached".
    static func chapterLines(_ output: String) -> [Substring] {
        output.split(separator: "\n").filter { $0.hasPrefix(Ganbook.chapters + "/") }
    }

    /// Copies the compiled chapter programs of `ganbook`'s default cache into `programs`.
    private static func copyCompiledChapters(to programs: URL) throws {
        let defaultPrograms = TestPaths.products.appending(path: "ganbook-cache/programs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: defaultPrograms.path)) ?? []
        try FileManager.default.createDirectory(at: programs, withIntermediateDirectories: true)
        for name in names where name.first?.isNumber == true {
            try FileManager.default.copyItem(at: defaultPrograms.appending(path: name), to: programs.appending(path: name))
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }
}
