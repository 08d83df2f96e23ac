// The tool the TangleChapters build plugin runs: chapters/*.md -> Swift source.
//
//   ChapterTangler chapter FILE DISPLAY-PATH OUTPUT
//   ChapterTangler registry OUTPUT [FILE DISPLAY-PATH]...
//   ChapterTangler fingerprint OUTPUT COMPILER [LABEL FILE]...
//
// Problems in a chapter are printed as `path:line: error: message` and the exit status is 1,
// which stops the build. An output file is only rewritten when its text changes, so a chapter
// whose cells did not change is not recompiled.
import Foundation
import Notebook

func readChapter(file: String, displayPath: String) throws -> Chapter {
    let text = try String(contentsOfFile: file, encoding: .utf8)
    return try ChapterParser.parse(text, path: displayPath)
}

func writeIfChanged(_ text: String, to path: String) throws {
    if let old = try? String(contentsOfFile: path, encoding: .utf8), old == text { return }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
}

/// What `swiftc --version` prints: the compiler's version and its target. The driver mode
/// is explicit because the plugin may be handed the driver under its own name, swift-driver,
/// which takes its mode from the name it is called by.
func compilerVersion(_ compiler: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: compiler)
    process.arguments = ["--driver-mode=swiftc", "--version"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0, !output.isEmpty else {
        fail(["error: \(compiler) --version failed (status \(process.terminationStatus)); cannot fingerprint the compiler"])
    }
    return output
}

func fail(_ messages: [String]) -> Never {
    for message in messages { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "chapter" where arguments.count == 4:
        let chapter = try readChapter(file: arguments[1], displayPath: arguments[2])
        try writeIfChanged(Tangler.source(for: chapter), to: arguments[3])
    case "registry" where arguments.count >= 2 && arguments.count % 2 == 0:
        // A chapter that does not parse is reported by its own `chapter` command; the
        // registry only adds what needs every chapter at once.
        let chapters = stride(from: 2, to: arguments.count, by: 2).compactMap { pair in
            try? readChapter(file: arguments[pair], displayPath: arguments[pair + 1])
        }
        let duplicates = ChapterSet.duplicates(in: chapters)
        if !duplicates.isEmpty { fail(duplicates.map(\.description)) }
        try writeIfChanged(Tangler.registrySource(for: chapters), to: arguments[1])
    case "fingerprint" where arguments.count >= 3 && arguments.count % 2 == 1:
        var files: [String: [UInt8]] = [:]
        for pair in stride(from: 3, to: arguments.count, by: 2) {
            files[arguments[pair]] = Array(try Data(contentsOf: URL(fileURLWithPath: arguments[pair + 1])))
        }
        let digest = LibraryFingerprint.digest(compilerVersion: try compilerVersion(arguments[2]), files: files)
        try writeIfChanged(Tangler.fingerprintSource(digest: digest), to: arguments[1])
    default:
        fail(["usage: ChapterTangler chapter FILE DISPLAY-PATH OUTPUT",
              "       ChapterTangler registry OUTPUT [FILE DISPLAY-PATH]...",
              "       ChapterTangler fingerprint OUTPUT COMPILER [LABEL FILE]..."])
    }
} catch {
    fail(["\(error)"])
}
