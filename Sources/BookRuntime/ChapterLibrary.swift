/// What a book's chapters are compiled against: a library target of the package, its
/// dependencies and the compiler that built them. The ChapterLibraryPlugin writes one of
/// these into the library target at build time (`chapterLibrary`), and the book's executable
/// hands it to the engine, which compiles each chapter against the library's built modules.
public struct ChapterLibrary: Sendable {
    /// The modules every chapter imports: Foundation, the library target and its direct
    /// dependencies, so chapter code uses them without `import` lines.
    public var imports: [String]
    /// Every module linked into a compiled chapter: the library target and all it depends on,
    /// directly or not (Swift and C), by target name.
    public var linkedModules: [String]
    /// The public header folders of the C modules among them, for the compiler's `-I`.
    public var headerFolders: [String]
    /// SHA-256 of every source and header file of the linked modules, the package manifest and
    /// the compiler's version: what the cache of chapter results is keyed by (see
    /// `LibraryFingerprint`).
    public var fingerprint: String
    /// The Swift compiler that built the library; chapters must be compiled by the same one.
    public var compiler: String

    public init(imports: [String], linkedModules: [String], headerFolders: [String], fingerprint: String, compiler: String) {
        self.imports = imports
        self.linkedModules = linkedModules
        self.headerFolders = headerFolders
        self.fingerprint = fingerprint
        self.compiler = compiler
    }
}
