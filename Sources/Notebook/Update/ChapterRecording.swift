import BookFormat
import BookRuntime
import Foundation

/// What `ganbook update` does with a chapter that ran: writes its changed figure files under
/// new names, rewrites its changed records in place, and removes figure files it no longer
/// names.
///
/// Nothing is written when a figure's label could not be read back from its image line, or
/// when the chapter file changed on disk since it was read (an author's edit saved while the
/// chapter ran): writing then would lose the edit.
package struct ChapterRecording: Sendable {
    /// What happened, line by line for the author: files written and removed, records changed,
    /// problems with labels and references.
    package var messages: [String] = []
    /// True when the chapter was left as it was or its prose has a problem to fix.
    package var failed = false

    package init(_ chapter: Chapter, results: [CellResult], labels: LabelIndex, book: Book) throws {
        let labelProblems = labels.problems(in: chapter)
        // A label that is not a valid name would be recorded as an image line that does not
        // read back; nothing is written until the cell is fixed.
        if results.flatMap(\.figures).contains(where: { $0.label.map { !Label.isValidName($0) } ?? false }) {
            refuse(labelProblems.map(\.description), chapter)
            return
        }
        guard (try? String(contentsOfFile: chapter.path, encoding: .utf8)) == chapter.source else {
            refuse(["\(chapter.path):1: error: the file changed on disk while the chapter ran; run ganbook update "
                + "\(chapter.number) again to record the new version"], chapter)
            return
        }
        let update = RecordUpdater.update(chapter, results: results, readFigure: book.readFigure)
        let figureFolder = book.folderURL.appending(path: chapter.figureFolder)
        ScratchFile.sweep(URL(fileURLWithPath: chapter.path).deletingLastPathComponent())
        ScratchFile.sweep(figureFolder)
        // New figures first, each under a name of its own content, so no file the old chapter
        // names changes; then the chapter, in one rename, the step that switches from the old
        // figures to the new ones; then the files only the old chapter named. A crash at any
        // point leaves the chapter, old or new, with every figure file it names, and at worst
        // files no chapter names, which the next update removes.
        for file in update.figureFiles {
            let url = book.folderURL.appending(path: file.url)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try ScratchFile.write(Data(file.svg.utf8), to: url, step: "update-figure")
            messages.append("wrote \(book.directory)/\(file.url)")
        }
        var recorded = chapter
        if update.source != chapter.source {
            recorded = try ChapterParser.parse(update.source, path: chapter.path)
            try ScratchFile.write(Data(update.source.utf8), to: URL(fileURLWithPath: chapter.path), step: "update-chapter")
            messages += update.changes
        } else if update.figureFiles.isEmpty {
            messages.append("\(chapter.path) is up to date")
        }
        messages += try Self.removeUnnamedFigures(of: recorded, in: book)
        // The records are right; what is left is for the author to fix in the prose.
        if !labelProblems.isEmpty {
            messages += labelProblems.map(\.description)
            failed = true
        }
    }

    private mutating func refuse(_ problems: [String], _ chapter: Chapter) {
        messages = problems + ["\(chapter.path) was not changed"]
        failed = true
    }

    /// Removes the SVG files of the chapter's figure folder that its image lines do not name:
    /// figures an earlier update replaced or stopped showing, and new ones an update killed
    /// before its chapter rename left behind. Only `update`, which holds the book's lock, calls
    /// this: another update's new figures are unnamed until its chapter is renamed.
    /// Returns a line per file removed.
    package static func removeUnnamedFigures(of chapter: Chapter, in book: Book) throws -> [String] {
        let folder = chapter.figureFolder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: book.folderURL.appending(path: folder).path)) ?? []
        let named = chapter.recordedFigureFiles
        return try names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".svg") && !named.contains("\(folder)/\($0)") }
            .sorted().map { name in
                CrashPoint.reach("update-stale-figure")
                try FileManager.default.removeItem(at: book.folderURL.appending(path: "\(folder)/\(name)"))
                return "removed \(book.directory)/\(folder)/\(name)"
            }
    }
}
