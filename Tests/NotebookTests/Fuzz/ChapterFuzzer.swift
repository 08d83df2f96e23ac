/// A deterministic generator of hostile chapters: pieces of the constructs that the lifter,
/// cmark, the labels and the renderer treat specially, strung together at random or mutated
/// into the corpus, all from one seed, so any failure reruns exactly from its seed and case.
/// (libFuzzer works with this toolchain, but would need the package's modules and libcmark
/// built outside SwiftPM; this runs inside `swift test`, and longer from `scripts/fuzz`.)
struct ChapterFuzzer {
    /// Knuth's MMIX linear congruential generator, its high bits mixed down: small, and the
    /// same sequence on every machine.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
    }

    /// The risky pieces: math and its escapes, references and labels, code spans and fences,
    /// links, autolinks, images, emphasis, block markers, raw HTML, entities (the reserved
    /// characters' among them), and text outside ASCII that joins or combines.
    static let pieces: [String] = [
        "$", "$$", "\\$", "\\", "$x_1$", "$$\na < b\n$$", "$$ E $$ {#eq:e}", "{#eq:", "{#fig:f}", "}",
        "@fig:f", "@eq:e", "@eq:nowhere", "\\@", "@", "`", "``", "```", "```swift\nprint(1)\n```\n",
        "```output\nx\n```\n", "```swift hidden\n", "~~~\n", "[", "]", "](", "(", ")", "[a](b)", "[a](<c d>)",
        "<", ">", "<https://e.org/$x>", "<a:b", "![alt $y$ @fig:f](figures/probe/f.svg)", "![](x.svg){#fig:g}",
        "*", "_", "**", "\n", "\n\n", "> ", "- ", "1. ", "# ", "## ", "    ", "\t", "|", "---", "<script>alert(1)</script>",
        "<b onclick=\"x()\">", "</p>", "<!--", "&amp;", "&lt;", "&#x41;", "&#xE000;", "&#57345;", "&#xE004", "\"", "'",
        "é", "e\u{0301}", "😀", "👩‍💻", "\u{200D}", "\u{E009}", "\u{FEFF}", "\u{0}", "x", "word ", "Title",
    ]

    var generator: Generator

    init(seed: UInt64) { generator = Generator(state: seed) }

    /// A chapter of up to `length` pieces after a title, or a mutation of a corpus entry.
    mutating func chapter(corpus: [String], length: Int = 40) -> String {
        if !corpus.isEmpty, generator.below(2) == 0 {
            return mutate(corpus[generator.below(corpus.count)], other: corpus[generator.below(corpus.count)])
        }
        return "# " + piece() + "\n\n" + (0..<generator.below(length)).map { _ in piece() }.joined()
    }

    private mutating func piece() -> String { Self.pieces[generator.below(Self.pieces.count)] }

    /// `text` with a few pieces inserted, ranges deleted or repeated, or part of `other` spliced in.
    private mutating func mutate(_ text: String, other: String) -> String {
        var characters = Array(text)
        for _ in 0...generator.below(4) {
            let at = generator.below(characters.count + 1)
            let end = min(characters.count, at + generator.below(12))
            switch generator.below(4) {
            case 0: characters.insert(contentsOf: piece(), at: at)
            case 1: characters.removeSubrange(at..<end)
            case 2: characters.insert(contentsOf: Array(repeating: characters[at..<end], count: generator.below(8)).joined(), at: at)
            default:
                let source = Array(other), from = generator.below(source.count + 1)
                characters.insert(contentsOf: source[from..<min(source.count, from + generator.below(40))], at: at)
            }
        }
        return String(characters)
    }
}
