import BookFormat

/// What a chapter's recorded run is cached under: a SHA-256 over everything that could change
/// what the chapter's cells print and show, and over nothing else.
///
/// The key covers, as length-prefixed fields:
/// 1. `formatVersion`, raised whenever the meaning of a cache entry changes;
/// 2. the chapter library's fingerprint: every file of every module linked into a chapter
///    (for the book: Generative, its C kernels, Plotting, BookRuntime, BookLibrary), the
///    package manifest and the compiler's version, hashed at build time (see
///    `LibraryFingerprint`);
/// 3. the build configuration, `debug` or `release`, as compiled into this binary;
/// 4. the host: operating system, architecture, C library and processor features (see
///    `HostFingerprint`), since the math functions are chosen when the chapter runs;
/// 5. the chapter's path (its `#file` and `#sourceLocation` file) and number (the prefix of
///    its figures' ids);
/// 6. the cells' code and options, as the chapter's `cellsDigest`.
///
/// Prose, records and line numbers are left out, so editing the prose, even adding lines
/// before a cell, keeps the key. The one way a line number reaches an output is `#line` in a
/// cell's code; a chapter whose code mentions it has every cell's first line in its key.
///
/// Left out on purpose: the rest of the chapter's Markdown, the chapters folder's location,
/// and the time limit (a chapter that runs out of time is never cached). Cells are expected
/// to be deterministic, as the book requires: a cell that reads the clock or a file the key
/// does not cover would be cached as it first ran; `--force` runs it again.
package struct ChapterCacheKey: Sendable, Equatable {
    /// The key as 64 hexadecimal digits.
    package let digest: String

    /// Raised when a cache entry's layout or meaning changes, so old entries miss.
    static let formatVersion = "ganbook chapter cache 2"

    /// The configuration this binary was built in; SwiftPM defines `DEBUG` in debug builds.
    static let buildConfiguration: String = {
        #if DEBUG
        "debug"
        #else
        "release"
        #endif
    }()

    /// The key of `chapter` compiled against a library with `libraryFingerprint`, on this host.
    package init(chapter: Chapter, libraryFingerprint: String) {
        var hash = SHA256()
        let fields = [Self.formatVersion, libraryFingerprint, Self.buildConfiguration,
                      HostFingerprint.current, chapter.path, "\(chapter.number)", chapter.cellsDigest]
        for field in fields {
            hash.update(field: field)
        }
        if chapter.cells.contains(where: { $0.code.contains("#line") }) {
            hash.update(field: chapter.cells.map { "\($0.firstCodeLine)" }.joined(separator: " "))
        }
        digest = hash.hexDigest
    }
}
