import BookFormat
import BookRuntime
import Foundation

/// Compiles a chapter into an executable of its own, against the chapter library's modules as
/// the package's build left them, and keeps it: a chapter is compiled again only when its
/// tangled source (its cells and their line numbers) or the library's build changed. Editing a
/// cell of one chapter therefore recompiles that chapter alone, in a second or two, and never
/// the library or the other chapters.
///
/// The executable is `<folder>/NN-slug-<key>` (see `folder(in:)`), where the key is a SHA-256 of the source, the
/// compiler's arguments and the size and time of every object and module file it links or
/// imports. It is written under a temporary name and renamed into place, so a compile that
/// fails or is killed never leaves a half-written program where a run would take it for whole.
package struct ChapterCompiler: Sendable {
    package var library: ChapterLibrary
    package var products: BuildProducts
    /// Where compiled chapters are kept.
    package var folder: URL

    package init(library: ChapterLibrary, products: BuildProducts, folder: URL) {
        self.library = library
        self.products = products
        self.folder = folder
    }

    /// The `programs` folder of the cache of chapter results, e.g.
    /// `.build/release/ganbook-cache/programs`: removed with it, and as separate per build.
    package static func folder(in cache: ChapterCache) -> URL {
        cache.directory.appending(path: "programs", directoryHint: .isDirectory)
    }

    /// The program for `chapter`: the kept one when it is current, else a new compile.
    /// `compiling` is called before the compiler starts, for progress reports.
    package func executable(for chapter: Chapter, compiling: () -> Void = {}) -> Result<URL, ChapterFailure> {
        let source = Tangler.source(for: chapter, imports: library.imports)
        let inputs: LibraryInputs
        do {
            inputs = try products.inputs(for: library)
        } catch {
            return .failure(ChapterFailure(path: chapter.path, line: 1, message: error.description))
        }
        let program = folder.appending(path: chapter.name + "-" + key(source: source, inputs: inputs))
        if FileManager.default.isExecutableFile(atPath: program.path) { return .success(program) }
        compiling()
        return compile(chapter, source: source, inputs: inputs, to: program)
    }

    private func compile(_ chapter: Chapter, source: String, inputs: LibraryInputs, to program: URL) -> Result<URL, ChapterFailure> {
        // The compile works in a scratch folder named for this process, so a compile killed
        // half-way leaves a folder the next one removes (see `ScratchFile`).
        ScratchFile.sweep(folder)
        let work = ScratchFile.scratchURL(for: program)
        defer { try? FileManager.default.removeItem(at: work) }
        let sourceFile = work.appending(path: chapter.name + ".swift"), built = work.appending(path: "program")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try source.write(to: sourceFile, atomically: false, encoding: .utf8)
        } catch {
            return .failure(ChapterFailure(path: chapter.path, line: 1, message: "cannot write \(sourceFile.path): \(error.localizedDescription)"))
        }
        let arguments = compilerArguments(inputs: inputs) + [sourceFile.path] + inputs.objects.map(\.path)
            + ["-module-cache-path", products.moduleCache.path, "-o", built.path]
        let result: (status: Int32, output: String)
        do {
            result = try Self.runCompiler(library.compiler, arguments)
        } catch {
            return .failure(ChapterFailure(path: chapter.path, line: 1, message: "cannot run the Swift compiler \(library.compiler): \(error)"))
        }
        guard result.status == 0 else {
            return .failure(CompilerDiagnostics(output: result.output, chapter: chapter, generatedFile: sourceFile.path).failure)
        }
        do {
            try FileManager.default.moveItem(at: built, to: program)
            removeOldPrograms(of: chapter)
        } catch {
            // Another ganbook may have put the same program in place a moment earlier.
            if !FileManager.default.isExecutableFile(atPath: program.path) {
                return .failure(ChapterFailure(path: chapter.path, line: 1, message: "cannot keep the compiled chapter at \(program.path): \(error.localizedDescription)"))
            }
        }
        return .success(program)
    }

    /// The compiler's arguments besides the source, the objects and the output: the library's
    /// optimisation, language mode and debug information, so a chapter computes the same bits
    /// it would compute compiled into the library's build.
    func compilerArguments(inputs: LibraryInputs) -> [String] {
        // Diagnostics in the classic style quote the offending line alone; the default style
        // would quote the tangled file around it, numbered by its own lines.
        var arguments = ["--driver-mode=swiftc", Self.optimization, "-whole-module-optimization", "-parse-as-library",
                         "-swift-version", "6", "-g", "-diagnostic-style", "llvm",
                         "-module-name", "Chapter", "-I", products.modules.path]
        for map in inputs.moduleMaps { arguments += ["-Xcc", "-fmodule-map-file=" + map.path] }
        for headers in library.headerFolders { arguments += ["-Xcc", "-I", "-Xcc", headers] }
        return arguments
    }

    /// Chapters are optimised as the library is: ganbook's own build configuration.
    static let optimization: String = {
        #if DEBUG
        "-Onone"
        #else
        "-O"
        #endif
    }()

    private func key(source: String, inputs: LibraryInputs) -> String {
        var hash = SHA256()
        hash.update(field: "ganbook compiled chapter 1")
        hash.update(field: library.compiler)
        hash.update(field: compilerArguments(inputs: inputs).joined(separator: "\n"))
        hash.update(field: inputs.stamp)
        hash.update(field: source)
        return String(hash.hexDigest.prefix(20))
    }

    /// Removes programs of `chapter` compiled from earlier versions of it, but for the newest
    /// two: another ganbook sharing the folder may be about to start the one before.
    private func removeOldPrograms(of chapter: Chapter) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let programs = names.filter { $0.hasPrefix(chapter.name + "-") }.map { folder.appending(path: $0) }
        let newestFirst = programs.sorted { Self.modificationDate($0) > Self.modificationDate($1) }
        for old in newestFirst.dropFirst(2) { try? FileManager.default.removeItem(at: old) }
    }

    private static func modificationDate(_ file: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date) ?? .distantPast
    }

    private static func runCompiler(_ compiler: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: compiler)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
