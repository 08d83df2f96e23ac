/// The fingerprint of everything a chapter's cells are compiled and linked with, other than
/// the cells themselves: computed at build time by the ChapterLibraryPlugin (through the
/// `ChapterLibraryManifest` tool) and compiled into the library target as part of its
/// `ChapterLibrary`.
///
/// It is the SHA-256 of the compiler's `--version` text and of every file of every module
/// linked into a chapter (the library target and everything it depends on: Swift sources, C
/// sources and headers), each labelled by its module and its path inside the module, plus
/// the package manifest. One changed character in any of them changes it. The engine, the
/// site renderer and the command line are not among them: they cannot change what a chapter
/// computes, and editing them keeps every cached result.
///
/// Why not hash the built library: its object files depend on the build folder's path and
/// on flags that do not change what a chapter prints, and a source fingerprint is the same
/// on every machine for the same sources and compiler.
package enum LibraryFingerprint {
    /// The digest of `files` (label to contents; the order they are given in does not matter)
    /// and the compiler's version text.
    package static func digest(compilerVersion: String, files: [String: [UInt8]]) -> String {
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
