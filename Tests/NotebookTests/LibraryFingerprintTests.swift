import BookFormat
import BookRuntime
import Notebook
import Testing

/// The build-time fingerprint of the code the chapters are linked with: any change to a
/// source file, its name or the compiler must change it, and nothing else may.
@Suite("The library fingerprint")
struct LibraryFingerprintTests {
    let compiler = "Swift version 6.3.1 (swift-6.3.1-RELEASE)\nTarget: x86_64-unknown-linux-gnu\n"
    let files: [String: [UInt8]] = [
        "Generative/Random/SplitMix64.swift": Array("state &+= 0x9e37_79b9_7f4a_7c15\n".utf8),
        "Plotting/Figure.swift": Array("public struct Figure {}\n".utf8),
        "Package.swift": Array("// swift-tools-version: 6.1\n".utf8),
    ]

    var base: String { LibraryFingerprint.digest(compilerVersion: compiler, files: files) }

    @Test func oneChangedCharacterInAnyFileChangesIt() {
        for label in files.keys {
            var changed = files
            changed[label]![3] ^= 1
            #expect(LibraryFingerprint.digest(compilerVersion: compiler, files: changed) != base, "\(label)")
        }
    }

    @Test func addedRemovedOrRenamedFileChangesIt() {
        var added = files
        added["Generative/Random/PCG32.swift"] = []
        var removed = files
        removed["Plotting/Figure.swift"] = nil
        var renamed = removed
        renamed["Plotting/Figures.swift"] = files["Plotting/Figure.swift"]
        for variant in [added, removed, renamed] {
            #expect(LibraryFingerprint.digest(compilerVersion: compiler, files: variant) != base)
        }
    }

    @Test func anotherCompilerChangesIt() {
        let other = compiler.replacingOccurrences(of: "6.3.1", with: "6.3.2")
        #expect(LibraryFingerprint.digest(compilerVersion: other, files: files) != base)
    }

    /// A dictionary's order depends on its capacity and history; the fingerprint must not,
    /// or two builds of the same code would miss each other's results.
    @Test func sameFilesGiveTheSameFingerprintWhateverTheirOrder() {
        var copy: [String: [UInt8]] = [:]
        copy.reserveCapacity(64)
        for (label, bytes) in files.sorted(by: { $0.key > $1.key }) { copy[label] = bytes }
        #expect(LibraryFingerprint.digest(compilerVersion: compiler, files: copy) == base)
    }
}
