// The tool the ChapterLibraryPlugin runs: writes the Swift file that defines a chapter
// library's `chapterLibrary` (see ChapterLibrary in BookRuntime).
//
//   ChapterLibraryManifest OUTPUT COMPILER MANIFEST-FILE
//
// MANIFEST-FILE holds one entry per line: `import NAME`, `link NAME`, `headers PATH`, or
// `file LABEL PATH` (a file to fingerprint, labelled by its module and path inside it).
// The output is only rewritten when its text changes, so an unchanged library is not
// recompiled.
import BookFormat
import BookRuntime
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    exit(1)
}

/// What `swiftc --version` prints: the compiler's version and its target. The driver mode
/// is explicit because the plugin may be handed the driver under its own name, swift-driver,
/// which takes its mode from the name it is called by.
func compilerVersion(_ compiler: String) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: compiler)
    process.arguments = ["--driver-mode=swiftc", "--version"]
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { fail("cannot run \(compiler): \(error)") }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0, !output.isEmpty else {
        fail("\(compiler) --version failed (status \(process.terminationStatus)); cannot fingerprint the compiler")
    }
    return output
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 3 else { fail("usage: ChapterLibraryManifest OUTPUT COMPILER MANIFEST-FILE") }
let (output, compiler, manifestFile) = (arguments[1], arguments[2], arguments[3])
guard let manifest = try? String(contentsOfFile: manifestFile, encoding: .utf8) else { fail("cannot read \(manifestFile)") }

var imports: [String] = [], links: [String] = [], headers: [String] = []
var files: [String: [UInt8]] = [:]
for line in manifest.split(separator: "\n") {
    let words = line.split(separator: " ", maxSplits: 2).map(String.init)
    switch (words.first, words.count) {
    case ("import", 2): imports.append(words[1])
    case ("link", 2): links.append(words[1])
    case ("headers", 2): headers.append(words[1])
    case ("file", 3):
        guard let data = FileManager.default.contents(atPath: words[2]) else { fail("cannot read \(words[2])") }
        files[words[1]] = Array(data)
    default: fail("\(manifestFile): unexpected line '\(line)'")
    }
}
let digest = LibraryFingerprint.digest(compilerVersion: compilerVersion(compiler), files: files)
let source = Tangler.librarySource(
    ChapterLibrary(imports: imports, linkedModules: links, headerFolders: headers, fingerprint: digest, compiler: compiler))
if (try? String(contentsOfFile: output, encoding: .utf8)) != source {
    do { try source.write(toFile: output, atomically: true, encoding: .utf8) } catch { fail("cannot write \(output): \(error)") }
}
