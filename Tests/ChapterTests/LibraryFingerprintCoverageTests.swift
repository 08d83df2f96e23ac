import Foundation
import TestSupport
import Testing

/// The fingerprint that keys every cached chapter result covers every file that can change
/// what a chapter computes (a C kernel's header included) and nothing of the engine.
@Suite("What the library fingerprint covers")
struct LibraryFingerprintCoverageTests {
    /// The list of files the ChapterLibraryPlugin hands its tool for the book's library, as
    /// this build wrote it: `file LABEL PATH` lines among others.
    static func manifest() throws -> [String] {
        let outputs = TestPaths.products.deletingLastPathComponent().deletingLastPathComponent().appending(path: "plugins/outputs")
        let packages = try FileManager.default.contentsOfDirectory(atPath: outputs.path)
        let file = try #require(packages.lazy.map {
            outputs.appending(path: "\($0)/BookLibrary/destination/ChapterLibraryPlugin/library-files.txt")
        }.first { FileManager.default.fileExists(atPath: $0.path) })
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// The label of every file in a source folder, as the manifest names them.
    static func labels(inModule module: String) throws -> Set<String> {
        let folder = TestPaths.packageRoot.appending(path: "Sources/\(module)")
        let walker = try #require(FileManager.default.enumerator(atPath: folder.path))
        var labels: Set<String> = []
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appending(path: path).path, isDirectory: &isFolder), !isFolder.boolValue {
                labels.insert("\(module)/\(path)")
            }
        }
        return labels
    }

    /// `swiftc` from the PATH.
    static func swiftCompiler() throws -> String {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return try #require(folders.map { "\($0)/swiftc" }.first { FileManager.default.isExecutableFile(atPath: $0) })
    }

    @Test func everyFileOfEveryLinkedModuleIsFingerprintedAndNoEngineFileIs() throws {
        let fingerprinted = Set(try Self.manifest().filter { $0.hasPrefix("file ") }.map { String($0.split(separator: " ")[1]) })
        for module in ["Generative", "GenerativeKernels", "Plotting", "BookRuntime", "BookLibrary"] {
            let missing = try Self.labels(inModule: module).subtracting(fingerprinted)
            #expect(missing.isEmpty, "not fingerprinted: \(missing.sorted())")
        }
        #expect(fingerprinted.contains("Package.swift"))
        for engine in ["Notebook/", "NotebookCLI/", "BookFormat/", "ganbook/", "ChapterLibraryManifest/"] {
            #expect(!fingerprinted.contains { $0.hasPrefix(engine) }, "\(engine) is fingerprinted")
        }
    }

    /// A one-character change to a C header in a copy of the library changes the fingerprint
    /// the tool computes, and with it the key of every chapter.
    @Test func changingAKernelHeaderChangesTheFingerprint() throws {
        let manifest = try Self.manifest()
        let folder = try TestPaths.temporaryFolder("fingerprint")
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = try #require(manifest.first { $0.hasPrefix("file GenerativeKernels/") && $0.hasSuffix(".h") })
        let headerPath = String(header.split(separator: " ", maxSplits: 2)[2])
        let copy = folder.appending(path: "header.h")
        try FileManager.default.copyItem(atPath: headerPath, toPath: copy.path)

        func fingerprint(_ lines: [String]) throws -> String {
            let list = folder.appending(path: "files.txt"), output = folder.appending(path: "ChapterLibrary.swift")
            try (lines.joined(separator: "\n") + "\n").write(to: list, atomically: true, encoding: .utf8)
            let tool = TestPaths.products.appending(path: "ChapterLibraryManifest-tool")
            let run = try runProcess(tool, [output.path, try Self.swiftCompiler(), list.path])
            try #require(run.status == 0, "\(run.output)")
            let source = try String(contentsOf: output, encoding: .utf8)
            return try #require(source.split(separator: "\n").first { $0.contains("fingerprint:") }).description
        }
        let relabelled = manifest.map { $0 == header ? "file \(header.split(separator: " ")[1]) \(copy.path)" : $0 }
        let before = try fingerprint(relabelled)
        var text = try String(contentsOf: copy, encoding: .utf8)
        text += "\n"
        try text.write(to: copy, atomically: true, encoding: .utf8)
        #expect(try fingerprint(relabelled) != before)
    }
}
