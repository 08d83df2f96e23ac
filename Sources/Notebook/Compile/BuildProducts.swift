import BookFormat
import BookRuntime
import Foundation

/// The package build a chapter is compiled against: the folder where `swift build` put the
/// executable, the Swift modules (`Modules/`), each target's objects (`<Target>.build/`) and
/// the list of objects it linked into the executable (`<executable>.product/Objects.LinkFileList`).
///
/// The objects come from that list rather than from the targets' folders, which keep the
/// objects of source files removed since; linking one of those would define a symbol twice.
package struct BuildProducts: Sendable {
    /// The folder holding the executable.
    package var folder: URL
    /// The executable's name, e.g. `ganbook`.
    package var executableName: String

    package init(executable: URL) {
        folder = executable.deletingLastPathComponent()
        executableName = executable.lastPathComponent
    }

    package var modules: URL { folder.appending(path: "Modules", directoryHint: .isDirectory) }

    /// The compiler's cache of the C modules a chapter imports (the C library's, Foundation's,
    /// the kernels'), shared by every chapter compiled against this build, whatever folder its
    /// program is kept in. Building them takes a compile about two seconds; a cache per
    /// programs folder made every new `--cache` folder, every exercise's first check and every
    /// test's fresh cache pay that again. Clang keys the modules by the options that shape
    /// them and locks a module while it builds it, so concurrent compiles share it safely.
    package var moduleCache: URL { folder.appending(path: "ganbook-module-cache", directoryHint: .isDirectory) }

    var linkFileList: URL { folder.appending(path: "\(executableName).product/Objects.LinkFileList") }

    /// The files a chapter is compiled and linked with, for `library`.
    func inputs(for library: ChapterLibrary) throws(LibraryMissing) -> LibraryInputs {
        guard let list = try? String(contentsOf: linkFileList, encoding: .utf8) else {
            throw LibraryMissing(folder: folder, missing: linkFileList.path)
        }
        let targetFolders = Set(library.linkedModules.map { folder.appending(path: $0 + ".build").standardizedFileURL.path })
        let objects = list.split(separator: "\n").map { Self.unquoted(String($0)) }
            .map { URL(fileURLWithPath: $0).standardizedFileURL }
            .filter { targetFolders.contains($0.deletingLastPathComponent().path) }
        let moduleMaps = library.linkedModules.map { folder.appending(path: "\($0).build/module.modulemap") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        let swiftModules = library.linkedModules.map { modules.appending(path: "\($0).swiftmodule") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        guard !objects.isEmpty, !swiftModules.isEmpty else {
            throw LibraryMissing(folder: folder, missing: "the objects and modules of \(library.linkedModules.joined(separator: ", "))")
        }
        return LibraryInputs(objects: objects, moduleMaps: moduleMaps, stamp: try Self.stamp(of: objects + moduleMaps + swiftModules))
    }

    /// Path, size and modification time of every file, one line each: changes whenever the
    /// build rewrites one of them, without reading megabytes of objects.
    private static func stamp(of files: [URL]) throws(LibraryMissing) -> String {
        var lines: [String] = []
        for file in files {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
                  let size = attributes[.size] as? Int, let date = attributes[.modificationDate] as? Date
            else { throw LibraryMissing(folder: file.deletingLastPathComponent(), missing: file.path) }
            lines.append("\(file.path) \(size) \(date.timeIntervalSince1970)")
        }
        return lines.joined(separator: "\n")
    }

    /// A line of the link list: a path, in double quotes with backslash escapes when it holds
    /// a space or a quote.
    static func unquoted(_ line: String) -> String {
        guard line.hasPrefix("\""), line.hasSuffix("\""), line.count >= 2 else { return line }
        var path = "", escaping = false
        for character in line.dropFirst().dropLast() {
            if escaping || character != "\\" {
                path.append(character)
                escaping = false
            } else {
                escaping = true
            }
        }
        return path
    }
}

/// What compiling a chapter takes from the build.
struct LibraryInputs {
    var objects: [URL]
    var moduleMaps: [URL]
    /// Changes whenever any of the files changes (see `BuildProducts.stamp`).
    var stamp: String
}

/// The build a chapter needs is not there: ganbook was copied away from its build folder, or
/// the folder was cleaned.
struct LibraryMissing: Error, CustomStringConvertible {
    var folder: URL
    var missing: String

    var description: String {
        "cannot compile the chapter: \(missing) is missing from the build in \(folder.path); "
            + "run ganbook from its build folder (swift run -c release ganbook …), which builds it"
    }
}
