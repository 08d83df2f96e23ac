import Foundation
import PackagePlugin

/// Generates a target's Swift source from the chapters: one file per `*.md` chapter and a
/// registry of all of them. Every chapter is declared as an input, so editing one re-tangles
/// that chapter (and the registry) only.
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
        return commands
    }
}
