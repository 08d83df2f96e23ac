import Foundation
import Notebook
import Testing

/// The fuzzer over the chapter parser, the math lifter, the labels and the page renderer
/// (issue 18, section 6): the corpus, then a bounded number of generated cases from a fixed
/// seed. `scripts/fuzz` runs many more, from other seeds, by setting `GANBOOK_FUZZ_CASES` and
/// `GANBOOK_FUZZ_SEED`; with `GANBOOK_FUZZ_LAST` set, each case is written there before it
/// runs, so a crash leaves the chapter that caused it; with `GANBOOK_FUZZ_FOUND` set to a
/// folder, each failing chapter is written there, to join the corpus.
@Suite("Fuzzing the chapter pipeline")
struct FuzzTests {
    @Test func everyCorpusChapterKeepsTheProperties() throws {
        let theme = try Theme.load()
        let corpus = try FuzzCase.corpus()
        #expect(corpus.count >= 10)
        for (name, text) in corpus {
            #expect(FuzzCase.failures(text, theme: theme) == [], "\(name)")
        }
    }

    @Test func generatedChaptersKeepTheProperties() throws {
        let environment = ProcessInfo.processInfo.environment
        let cases = environment["GANBOOK_FUZZ_CASES"].flatMap(Int.init) ?? 2_000
        let seed = environment["GANBOOK_FUZZ_SEED"].flatMap(UInt64.init) ?? 18
        let theme = try Theme.load()
        let corpus = try FuzzCase.corpus().map(\.text).filter { $0.utf8.count < 4_000 }
        var fuzzer = ChapterFuzzer(seed: seed)
        var failed = 0
        for index in 0..<cases {
            let text = fuzzer.chapter(corpus: corpus)
            if let last = environment["GANBOOK_FUZZ_LAST"] { try Data(text.utf8).write(to: URL(fileURLWithPath: last)) }
            let start = ContinuousClock.now
            var failures = FuzzCase.failures(text, theme: theme)
            if ContinuousClock.now - start > .seconds(2) { failures.append("took over 2 seconds") }
            guard !failures.isEmpty, failed < 10 else { continue }
            failed += 1
            if let found = environment["GANBOOK_FUZZ_FOUND"] {
                try Data(text.utf8).write(to: URL(fileURLWithPath: found).appending(path: "found-seed\(seed)-case\(index).md"))
            }
            Issue.record("seed \(seed), case \(index): \(failures)\n--- chapter ---\n\(text)\n---")
        }
    }
}
