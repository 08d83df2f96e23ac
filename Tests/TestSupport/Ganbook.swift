import Foundation

/// The `ganbook` of this build, run on the book's chapters as a reader runs it after
/// `scripts/build-site`: in the package's top folder, with `--chapters chapters`.
///
/// The chapters' paths are part of what ganbook's cache keys: a compiled program carries its
/// chapter's path (`#sourceLocation`), and a cached result is keyed by it. Run with the same
/// relative paths as `scripts/build-site`, the tests find the programs and results it left in
/// the default cache; given the absolute path of the same folder, every test process compiled
/// and ran the whole book again (about a minute of both cores).
public enum Ganbook {
    public static let executable = TestPaths.products.appending(path: "ganbook")

    /// The book's chapters folder, as the reader names it from the package's top folder.
    public static let chapters = "chapters"

    /// Runs `ganbook` with `arguments` and `--chapters chapters` in the package's top folder.
    public static func run(_ arguments: [String]) throws -> ProcessResult {
        try runProcess(executable, arguments + ["--chapters", chapters], in: TestPaths.packageRoot)
    }
}
