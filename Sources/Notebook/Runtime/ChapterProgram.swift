/// A chapter compiled into the binary: the function the tangler generated from its cells,
/// the fingerprint of the cells it was generated from, and the fingerprint of the code it
/// was compiled with.
public struct ChapterProgram: Sendable {
    /// The chapter's path relative to the package root.
    public let path: String
    /// `Chapter.cellsDigest` of the Markdown this program was generated from.
    public let cellsDigest: String
    /// `LibraryFingerprint` of every module this program is linked with, the manifest and the
    /// compiler, taken when the binary was built.
    public let libraryFingerprint: String
    /// Runs every cell in order; each cell starts with `CellCapture.beginCell(_:)`.
    public let body: @Sendable () -> Void

    public init(path: String, cellsDigest: String, libraryFingerprint: String, body: @escaping @Sendable () -> Void) {
        self.path = path
        self.cellsDigest = cellsDigest
        self.libraryFingerprint = libraryFingerprint
        self.body = body
    }
}
