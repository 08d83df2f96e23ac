import BookFormat
import BookRuntime
import Foundation

/// What `ganbook update` does with a chapter that ran: writes its changed figure files,
/// rewrites its changed records in place, and removes figure files it no longer shows.
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
        // Figures first, the chapter next, stale figures last, each in one rename: a crash at
        // any point leaves the old chapter or the new one, and at worst figure files the next
        // update rewrites or removes.
        for file in update.figureFiles {
            let url = book.folderURL.appending(path: file.url)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try ScratchFile.write(Data(file.svg.utf8), to: url, step: "update-figure")
            messages.append("wrote \(book.directory)/\(file.url)")
        }
        if update.source != chapter.source {
            try ScratchFile.write(Data(update.source.utf8), to: URL(fileURLWithPath: chapter.path), step: "update-chapter")
            messages += update.changes
        } else if update.figureFiles.isEmpty {
            messages.append("\(chapter.path) is up to date")
        }
        let total = results.reduce(0) { $0 + $1.figures.count }
        for stale in Self.staleFigures(of: chapter, keeping: total, in: book) {
            CrashPoint.reach("update-stale-figure")
            try FileManager.default.removeItem(at: book.folderURL.appending(path: stale))
            messages.append("removed \(book.directory)/\(stale)")
        }
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

    /// Figure files of the chapter beyond the number it now shows, left from an earlier run.
    static func staleFigures(of chapter: Chapter, keeping count: Int, in book: Book) -> [String] {
        let folder = chapter.figureFolder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: book.folderURL.appending(path: folder).path)) ?? []
        return names.filter { name in Chapter.figureOrdinal(fileName: name).map { $0 > count } ?? false }
            .sorted().map { "\(folder)/\($0)" }
    }
}
