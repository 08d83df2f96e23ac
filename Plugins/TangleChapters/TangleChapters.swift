import Foundation
import PackagePlugin

/// Generates a target's Swift source from the chapters: one file per `*.md` chapter, a
/// registry of all of them, and the fingerprint of the code they are linked with. Every
/// chapter is declared as an input, so editing one re-tangles that chapter (and the registry)
/// only; every linked source file is an input of the fingerprint, so editing one re-hashes.
///
/// The chapters are the `chapters` folder inside the target's directory. It must be there,
/// not elsewhere, because SwiftPM re-plans the build (and so runs this plugin again) only when
/// files are added to or removed from a target's directory; the book's Chapters target holds
/// a symbolic link to the top-level `chapters` folder for that reason. Paths in diagnostics and
/// `#sourceLocation` are relative to the package, with links resolved: `chapters/NN-slug.md`.
@main
struct TangleChapters: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let packageDirectory = context.package.directoryURL.resolvingSymlinksInPath()
        let folder = target.directoryURL.appending(path: "chapters").resolvingSymlinksInPath()
        let chapters = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") }
            .sorted()
            .map { folder.appending(path: $0) }
        let tool = try context.tool(named: "ChapterTangler").url
        let output = context.pluginWorkDirectoryURL

        func displayPath(_ file: URL) -> String {
            let base = packageDirectory.path + "/"
            let path = file.path
            return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
        }

        var commands: [Command] = chapters.map { file in
            let generated = output.appending(path: "Chapter-" + file.deletingPathExtension().lastPathComponent + ".swift")
            return .buildCommand(
                displayName: "Tangling \(displayPath(file))",
                executable: tool,
                arguments: ["chapter", file.path, displayPath(file), generated.path],
                inputFiles: [file],
                outputFiles: [generated]
            )
        }
        let registry = output.appending(path: "ChapterRegistry.swift")
        commands.append(.buildCommand(
            displayName: "Registering \(chapters.count) chapters of \(target.name)",
            executable: tool,
            arguments: ["registry", registry.path] + chapters.flatMap { [$0.path, displayPath($0)] },
            inputFiles: chapters,
            outputFiles: [registry]
        ))

        let fingerprint = output.appending(path: "LibraryFingerprint.swift")
        let compiler = try context.tool(named: "swiftc").url
        let sources = Self.linkedSources(of: target, in: context.package)
        commands.append(.buildCommand(
            displayName: "Fingerprinting \(sources.count) source files linked with the chapters of \(target.name)",
            executable: tool,
            arguments: ["fingerprint", fingerprint.path, compiler.path] + sources.flatMap { [$0.label, $0.file.path] },
            inputFiles: sources.map(\.file) + [compiler],
            outputFiles: [fingerprint]
        ))
        return commands
    }

    /// The files whose change could change what the chapters of `target` compute, besides
    /// the chapters: the package manifest, and the source files (Swift and C, not resources)
    /// of every module linked into the executable that runs them. That executable is `target`
    /// itself when it is one (the fixture book), otherwise each executable that depends on it
    /// (`ganbook` for the Chapters module). Each file is labelled by its module and its path
    /// inside the module, so the fingerprint does not depend on where the package or its
    /// dependencies' checkouts are.
    ///
    /// The chapters are not among them: their targets exclude the `chapters` folder, and the
    /// tangled code is generated, not a source file. Resources are left out because only the
    /// site renderer reads them (the theme), never a chapter's code.
    static func linkedSources(of target: SourceModuleTarget, in package: Package) -> [(label: String, file: URL)] {
        let executables: [Target] = target.kind == .executable ? [target] : package.targets.filter { candidate in
            (candidate as? SourceModuleTarget)?.kind == .executable
                && candidate.recursiveTargetDependencies.contains { $0.id == target.id }
        }
        var modules: [String: SourceModuleTarget] = [:]
        for module in executables.flatMap({ [$0] + $0.recursiveTargetDependencies }) {
            if let module = module as? SourceModuleTarget { modules[module.name] = module }
        }
        var sources = [(label: "Package.swift", file: package.directoryURL.appending(path: "Package.swift"))]
        for module in modules.values {
            let base = module.directoryURL.path + "/"
            for file in module.sourceFiles where file.type == .source || file.type == .header {
                let path = file.url.path
                let inside = path.hasPrefix(base) ? String(path.dropFirst(base.count)) : file.url.lastPathComponent
                sources.append((label: module.name + "/" + inside, file: file.url))
            }
        }
        return sources.sorted { $0.label < $1.label }
    }
}
