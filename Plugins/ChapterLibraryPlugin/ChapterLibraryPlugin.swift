import Foundation
import PackagePlugin

/// Makes a target the library a book's chapters are compiled against: generates, into the
/// target, `chapterLibrary`, which names the modules a chapter imports (Foundation, the
/// target, its direct dependencies) and links (the target and all it depends on), the C
/// modules' header folders (and the system libraries' module map folders), the compiler, and the fingerprint of every file that can change
/// what a chapter computes: the sources and headers of those modules, the package manifest
/// and the compiler's version.
///
/// Every fingerprinted file is an input of the command, so editing one re-hashes, and the
/// output is rewritten only when its text changes. The engine, the site renderer and the
/// command line are not linked into chapters, so they are not fingerprinted.
@main
struct ChapterLibraryPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let library = target as? SourceModuleTarget else { return [] }
        let modules = [library] + library.recursiveTargetDependencies.compactMap { $0 as? SourceModuleTarget }
        let files = [(label: "Package.swift", file: context.package.directoryURL.appending(path: "Package.swift"))]
            + modules.flatMap(Self.fingerprintedFiles)
        var lines = ["import Foundation", "import \(library.name)"]
        lines += library.dependencies.compactMap { dependency in
            guard case let .target(module) = dependency, let module = module as? SourceModuleTarget,
                  module.kind == .generic, module is SwiftSourceModuleTarget else { return nil }
            return "import \(module.name)"
        }
        lines += modules.map { "link \($0.name)" }
        lines += modules.compactMap { module in
            guard module is ClangSourceModuleTarget else { return nil }
            return "headers " + module.directoryURL.appending(path: "include").path
        }
        // A system library (zlib for Plotting) is a module map in its folder; the compiler finds
        // it there through the same search path, and links the library the map names.
        lines += library.recursiveTargetDependencies.compactMap { dependency in
            (dependency as? SystemLibraryTarget).map { "headers " + $0.directoryURL.path }
        }
        lines += files.sorted { $0.label < $1.label }.map { "file \($0.label) \($0.file.path)" }

        let work = context.pluginWorkDirectoryURL
        let manifest = work.appending(path: "library-files.txt")
        let text = lines.joined(separator: "\n") + "\n"
        if (try? String(contentsOf: manifest, encoding: .utf8)) != text {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try text.write(to: manifest, atomically: true, encoding: .utf8)
        }
        let output = work.appending(path: "ChapterLibrary.swift")
        let compiler = try context.tool(named: "swiftc").url
        return [.buildCommand(
            displayName: "Fingerprinting \(files.count) files of the chapter library \(library.name)",
            executable: try context.tool(named: "ChapterLibraryManifest").url,
            arguments: [output.path, compiler.path, manifest.path],
            inputFiles: files.map(\.file) + [manifest, compiler],
            outputFiles: [output]
        )]
    }

    /// A module's files that can change what it computes, labelled by module and path inside
    /// it, so the fingerprint does not depend on where the package is: every file in the
    /// module's folder but its resources. The folder is read rather than the package manager's
    /// list of sources, which leaves out a C target's headers outside `include/`, though a
    /// kernel's arithmetic may live in one.
    static func fingerprintedFiles(of module: SourceModuleTarget) -> [(label: String, file: URL)] {
        let folder = module.directoryURL.resolvingSymlinksInPath()
        let resources = Set(module.sourceFiles.filter { $0.type == .resource }.map { $0.url.resolvingSymlinksInPath().path })
        let base = folder.path + "/"
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var files: [(label: String, file: URL)] = []
        while let url = walker?.nextObject() as? URL {
            let path = url.resolvingSymlinksInPath().path
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  path.hasPrefix(base), !resources.contains(where: { path == $0 || path.hasPrefix($0 + "/") })
            else { continue }
            files.append((label: module.name + "/" + path.dropFirst(base.count), file: url))
        }
        return files
    }
}
