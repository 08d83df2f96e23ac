import BookFormat
import BookRuntime
import Foundation
import Notebook
import TestSupport
import Testing

@Suite("Writing the site")
struct SiteWriterTests {
    let writer = SiteWriter()
    let empty = BookSite(bookTitle: "Test")

    @Test func folderNotWrittenByABuildIsNeverReplaced() throws {
        let folder = try TestPaths.temporaryFolder("not-a-site")
        defer { try? FileManager.default.removeItem(at: folder) }
        let precious = folder.appending(path: "precious.txt")
        try Data("keep me".utf8).write(to: precious)
        #expect(throws: SiteError.self) { try writer.write(empty, to: folder) }
        #expect(try String(contentsOf: precious, encoding: .utf8) == "keep me")
    }

    @Test func siteWrittenByABuildIsReplacedWhole() throws {
        let folder = try TestPaths.temporaryFolder("site-parent")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appending(path: "site")
        try writer.write(empty, to: site)
        try Data("stale".utf8).write(to: site.appending(path: "stale.html"))
        try writer.write(empty, to: site)
        #expect(FileManager.default.fileExists(atPath: site.appending(path: "index.html").path))
        #expect(!FileManager.default.fileExists(atPath: site.appending(path: "stale.html").path))
    }
}
