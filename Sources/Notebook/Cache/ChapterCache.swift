import BookFormat
import BookRuntime
import Foundation

/// Chapter runs kept between invocations of ganbook: one JSON file per chapter,
/// `NN-slug.json`, holding the key it was recorded under and everything the run produced
/// (each cell's text and figures, and the output that belonged to no cell).
///
/// An entry is used only when its key equals the chapter's key now (see `ChapterCacheKey`);
/// an entry under another key, a file that cannot be read or decoded, or one whose cell count
/// does not match the chapter is a miss, never an error. Only chapters that finished are
/// stored, and a new entry replaces the old one in a single rename, so a crash or two
/// ganbooks at once never leave a half-written file where a reader would take it for whole.
package struct ChapterCache: Sendable {
    package var directory: URL

    /// The cache in `directory`, rid of the scratch files a crashed ganbook left there.
    package init(directory: URL) {
        self.directory = directory
        ScratchFile.sweep(directory)
    }

    /// `<executable>-cache` in the executable's folder, e.g. `.build/release/ganbook-cache`:
    /// inside the build folder, and separate for every scratch path, configuration and
    /// executable, so builds that differ in any of these never read each other's results.
    package static func defaultDirectory(for executable: URL) -> URL {
        executable.deletingLastPathComponent()
            .appending(path: executable.lastPathComponent + "-cache", directoryHint: .isDirectory)
    }

    /// The file holding `chapter`'s entry.
    package func entryFile(for chapter: Chapter) -> URL {
        directory.appending(path: chapter.name + ".json")
    }

    /// The run recorded for `chapter` under `key`, or nil when there is none to use.
    package func outcome(for chapter: Chapter, key: ChapterCacheKey) -> ChapterOutcome? {
        guard let data = try? Data(contentsOf: entryFile(for: chapter)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.key == key.digest, entry.results.count == chapter.cells.count
        else { return nil }
        return .finished(entry.results, strayOutput: entry.strayOutput)
    }

    /// Records the run of a chapter that finished, replacing any earlier entry through a
    /// scratch file and a rename (see `ScratchFile`).
    package func store(_ results: [CellResult], strayOutput: String, for chapter: Chapter, key: ChapterCacheKey) throws {
        let entry = Entry(key: key.digest, chapter: chapter.name, results: results, strayOutput: strayOutput)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try ScratchFile.write(JSONEncoder().encode(entry), to: entryFile(for: chapter), step: "cache-entry")
    }

    private struct Entry: Codable {
        var key: String
        /// The chapter's name, for a person looking at the file.
        var chapter: String
        var results: [CellResult]
        var strayOutput: String
    }
}
