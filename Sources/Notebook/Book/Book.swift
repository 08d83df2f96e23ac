import BookFormat
import Foundation

/// The chapters on disk, parsed.
package struct Book: Sendable {
    /// The chapters folder as given, e.g. `chapters`; chapter paths start with it.
    package var directory: String
    package var chapters: [Chapter]

    /// Reads and parses every `*.md` file of `directory`. Every malformed chapter is reported
    /// at once, each at its file and line.
    package static func load(directory: String) throws(BookError) -> Book {
        let (book, problems) = try read(directory: directory)
        if !problems.isEmpty { throw BookError(problems.map(\.description)) }
        return book
    }

    /// The chapters of `directory` that parse, and a diagnostic for every file that does not
    /// and every number used twice: the live preview keeps showing the rest while one is fixed.
    package static func read(directory: String) throws(BookError) -> (book: Book, problems: [ChapterDiagnostic]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".md") }.sorted()
        } catch {
            throw BookError(["error: cannot read the chapters folder '\(directory)': run ganbook from the "
                + "package's top folder, or pass --chapters DIR"], isUsage: true)
        }
        var chapters: [Chapter] = []
        var problems: [ChapterDiagnostic] = []
        for name in names {
            let path = directory + "/" + name
            do {
                let text = try readText(path)
                chapters.append(try ChapterParser.parse(text, path: path))
            } catch let diagnostic as ChapterDiagnostic {
                problems.append(diagnostic)
            } catch {
                problems.append(ChapterDiagnostic(path: path, line: 1, message: "cannot read the file: \(error)"))
            }
        }
        problems += ChapterSet.duplicates(in: chapters)
        return (Book(directory: directory, chapters: chapters.sorted { $0.number < $1.number }), problems)
    }

    /// The file's text; a file that is not UTF-8 is an error at its first bad byte.
    private static func readText(_ path: String) throws -> String {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        if let (line, column) = UTF8Position.firstInvalid(in: bytes) {
            throw ChapterDiagnostic(path: path, line: line, column: column, message: "this byte is not UTF-8; a chapter "
                + "is UTF-8 text, so save it in that encoding")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The chapters named by number (`4`, `04`), slug or file name, in book order; all of
    /// them when `names` is empty.
    package func select(_ names: [String]) throws(BookError) -> [Chapter] {
        guard !names.isEmpty else { return chapters }
        var selected: [Chapter] = []
        for name in names {
            guard let chapter = chapters.first(where: { $0.matches(name) }) else {
                let known = chapters.map { "\($0.number) (\($0.slug))" }.joined(separator: ", ")
                throw BookError(["error: no chapter '\(name)'; the chapters are \(known)"], isUsage: true)
            }
            if !selected.contains(where: { $0.path == chapter.path }) { selected.append(chapter) }
        }
        return selected.sorted { $0.number < $1.number }
    }

    /// The folder a chapter's relative links (its figure files) resolve against.
    package var folderURL: URL { URL(fileURLWithPath: directory, isDirectory: true) }

    /// Reads a recorded figure of the book, given its URL relative to the chapters folder.
    package func readFigure(_ url: String) -> String? {
        try? String(contentsOf: folderURL.appending(path: url), encoding: .utf8)
    }
}

extension Chapter {
    func matches(_ name: String) -> Bool {
        if let number = Int(name) { return number == self.number }
        return name == slug || name == self.name || name == self.name + ".md" || name == path
    }
}

/// Problems that stop a command before any chapter runs, each a full line for the terminal.
package struct BookError: Error, CustomStringConvertible {
    package var messages: [String]
    /// True when the command line itself was wrong (exit status 2).
    package var isUsage: Bool

    package init(_ messages: [String], isUsage: Bool = false) {
        self.messages = messages
        self.isUsage = isUsage
    }

    package var description: String { messages.joined(separator: "\n") }
}
