import BookFormat
import Notebook
import Testing

/// What a chapter's cached run is keyed by: its cells and what they are compiled with, never
/// its prose or where its lines fall.
@Suite("The chapter cache key")
struct ChapterCacheKeyTests {
    static let sample = """
        # Sample chapter

        Prose.

        ```swift
        let x = 1
        print(x)
        ```

        ```output
        1
        ```

        More prose.

        ```swift hidden
        print(x + 1)
        ```
        """

    /// The key of `text` as chapter `path`, compiled with library fingerprint `library`.
    static func key(_ text: String = sample, path: String = "chapters/01-sample.md", library: String = "library-1") throws -> ChapterCacheKey {
        ChapterCacheKey(chapter: try ChapterParser.parse(text, path: path), libraryFingerprint: library)
    }

    @Test func editingTheProseEvenByAddingLinesKeepsTheKey() throws {
        let base = try Self.key()
        let reworded = Self.sample.replacingOccurrences(of: "More prose.", with: "Other words, $x^2$ and **bold**.")
        let longer = Self.sample.replacingOccurrences(of: "Prose.", with: "Prose.\n\nA new paragraph\nof two lines.\n\n## A section")
        let rerecorded = Self.sample.replacingOccurrences(of: "```output\n1\n```", with: "```output\n2\n```")
        #expect(try Self.key(reworded) == base)
        #expect(try Self.key(longer) == base)
        #expect(try Self.key(rerecorded) == base)
    }

    @Test func changingACellsCodeChangesTheKey() throws {
        let base = try Self.key()
        #expect(try Self.key(Self.sample.replacingOccurrences(of: "let x = 1", with: "let x = 2")) != base)
        #expect(try Self.key(Self.sample.replacingOccurrences(of: "print(x + 1)", with: "print(x + 1) ")) != base)
    }

    @Test func changingACellsOptionChangesTheKey() throws {
        #expect(try Self.key(Self.sample.replacingOccurrences(of: "```swift hidden", with: "```swift")) != Self.key())
    }

    @Test func changingTheLibraryFingerprintChangesTheKey() throws {
        #expect(try Self.key(library: "library-2") != Self.key())
    }

    @Test func renumberingOrRenamingTheChapterChangesTheKey() throws {
        // The number is in the figures' ids, the path in #file and trap messages.
        #expect(try Self.key(path: "chapters/02-sample.md") != Self.key())
        #expect(try Self.key(path: "chapters/01-other.md") != Self.key())
    }

    @Test func lineNumbersCountOnlyWhenACellMentionsHashLine() throws {
        let usesLine = Self.sample.replacingOccurrences(of: "print(x + 1)", with: "print(#line)")
        let shifted = usesLine.replacingOccurrences(of: "More prose.", with: "More prose,\nnow on two lines.")
        #expect(try Self.key(shifted) != Self.key(usesLine))
        let reworded = usesLine.replacingOccurrences(of: "More prose.", with: "Other prose.")
        #expect(try Self.key(reworded) == Self.key(usesLine))
    }
}
