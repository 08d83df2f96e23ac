/// The fingerprint of everything a chapter's cells are compiled and linked with, other than
/// the cells themselves: computed at build time by the TangleChapters plugin (through
/// `ChapterTangler fingerprint`) and compiled into the executable as `libraryFingerprint`,
/// which every `ChapterProgram` carries.
///
/// It is the SHA-256 of the compiler's `--version` text and of every source file of every
/// module linked into the executable (Generative, Plotting, Notebook, the command line, the
/// argument parser, the executable's own `main.swift`), each labelled by its module and its
/// path inside the module, plus the package manifest. One changed character in any of them
/// changes it. The chapters are not among the files (their targets exclude `chapters/`, and
/// the tangled code is generated, not a source file), so editing a chapter leaves it alone.
///
/// Why not hash the executable itself: the tangled chapters carry `#sourceLocation` line
/// numbers, so the binary changes whenever any chapter's prose gains a line, and every cached
/// result would go stale with it.
public enum LibraryFingerprint {
    /// The digest of `files` (label to contents; the order they are given in does not matter)
    /// and the compiler's version text.
    public static func digest(compilerVersion: String, files: [String: [UInt8]]) -> String {
        var hash = SHA256()
        hash.update(field: "compiler")
        hash.update(field: compilerVersion)
        for label in files.keys.sorted() {
            hash.update(field: label)
            hash.update(field: files[label]!)
        }
        return hash.hexDigest
    }
}
