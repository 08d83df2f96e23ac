import BookRuntime

/// Every label in the book and what it names, built after the chapters ran: a figure's label
/// comes from `Figure(…, label:)` in the run (or, for a chapter that did not run, from its
/// recorded `{#fig:…}`), an equation's from `{#eq:…}` in the Markdown.
///
/// Figures are numbered per chapter in the order the cells show them, all of them whether
/// labelled or not; equations likewise, but only the labelled ones. A number carries its
/// chapter's number ("Figure 3.2", "(3.1)"), except in chapter 0, the introduction, which has
/// no chapter number to show ("Figure 1", "(1)").
package struct LabelIndex: Sendable {
    /// What a label names.
    package struct Target: Sendable, Equatable {
        package var label: Label
        /// The chapter's `NN-slug`, which names its page.
        package var chapterName: String
        package var chapterNumber: Int
        /// 1 for the chapter's first figure (or first labelled equation), and so on.
        package var ordinal: Int
        /// Where the label is defined.
        package var path: String
        package var line: Int

        /// "3.2", or "2" in chapter 0.
        package var number: String { LabelIndex.number(chapter: chapterNumber, ordinal: ordinal) }

        /// How a reference to the target reads: "Figure 3.2" or "(3.1)".
        package var referenceText: String {
            switch label.kind {
            case .figure: "Figure \(number)"
            case .equation: "(\(number))"
            }
        }
    }

    /// The figures and labelled equations of one chapter, in order.
    package struct ChapterLabels: Sendable {
        package var chapter: Chapter
        /// Each figure of the chapter in order, with its label's definition if it has one.
        package var figures: [LabelDefinition?]
    }

    private var targets: [Label: Target] = [:]
    /// Labels used twice, and labels a run produced that are not valid names.
    package private(set) var problems: [ChapterDiagnostic] = []

    package static func number(chapter: Int, ordinal: Int) -> String {
        chapter == 0 ? "\(ordinal)" : "\(chapter).\(ordinal)"
    }

    /// - Parameter results: what each chapter that ran produced, by chapter path; chapters
    ///   missing from it are read from their records.
    package init(chapters: [Chapter], results: [String: [CellResult]]) {
        for chapter in chapters.sorted(by: { $0.number < $1.number }) {
            let labels = results[chapter.path].map { Self.labels(of: chapter, results: $0, problems: &problems) }
                ?? Self.recordedLabels(of: chapter)
            for (offset, definition) in labels.figures.enumerated() {
                if let definition { add(definition, ordinal: offset + 1, in: chapter) }
            }
            for (offset, definition) in chapter.equationLabels.enumerated() {
                add(definition, ordinal: offset + 1, in: chapter)
            }
        }
    }

    private mutating func add(_ definition: LabelDefinition, ordinal: Int, in chapter: Chapter) {
        if let first = targets[definition.label] {
            problems.append(ChapterDiagnostic(
                path: chapter.path, line: definition.line,
                message: "the label \(definition.label) is already used at \(first.path):\(first.line); "
                    + "give each figure and equation of the book its own label"))
            return
        }
        targets[definition.label] = Target(
            label: definition.label, chapterName: chapter.name, chapterNumber: chapter.number,
            ordinal: ordinal, path: chapter.path, line: definition.line)
    }

    package subscript(label: Label) -> Target? { targets[label] }

    /// Every label the book defines.
    package var labels: [Label] { targets.keys.sorted() }

    /// How many problems of one chapter are told in full; the rest are counted on one line, so
    /// a paragraph of 20 000 wrong references reads as 21 lines, not 20 000 (issue 18).
    package static let shownProblems = 20

    /// Everything wrong with the labels and references of `chapter`, by line: its labels used
    /// before (in it or an earlier chapter), its invalid labels, and its dangling references;
    /// the first `shownProblems`, then a count of the others.
    package func problems(in chapter: Chapter) -> [ChapterDiagnostic] {
        let found: [(line: Int, problem: Found)] = problems.filter { $0.path == chapter.path }.map { ($0.line, .diagnostic($0)) }
            + chapter.references.filter { targets[$0.label] == nil }.map { ($0.line, .reference($0)) }
        // A stable sort, and a dangling reference's message (which searches the labels for
        // the nearest) made only for the problems shown.
        let sorted = found.indices.sorted { (found[$0].line, $0) < (found[$1].line, $1) }.map { found[$0] }
        var shown = sorted.prefix(Self.shownProblems).map { found in
            switch found.problem {
            case let .diagnostic(diagnostic): diagnostic
            case let .reference(reference): dangling(reference, in: chapter)
            }
        }
        if sorted.count > Self.shownProblems {
            shown.append(ChapterDiagnostic(
                path: chapter.path, line: sorted[Self.shownProblems].line,
                message: "… and \(sorted.count - Self.shownProblems) more problems with labels and references "
                    + "in this chapter, from this line on"))
        }
        return shown
    }

    private enum Found { case diagnostic(ChapterDiagnostic), reference(CrossReference) }

    /// A reference that names no label, as an error at its line, with the nearest known label
    /// of the same kind when one is close.
    private func dangling(_ reference: CrossReference, in chapter: Chapter) -> ChapterDiagnostic {
        let label = reference.label
        let how = label.kind == .figure
            ? "label a figure with Figure(…, label: \"\(label.name)\") and run `ganbook update`"
            : "label a display equation by writing {#\(label)} right after its closing $$"
        let near = nearest(to: label).map { "did you mean @\($0)? Otherwise " } ?? ""
        let what = label.kind == .figure ? "figure" : "equation"
        return ChapterDiagnostic(path: chapter.path, line: reference.line,
                                 message: "@\(label) refers to no \(what) of the book; \(near)\(how)")
    }

    private func nearest(to label: Label) -> Label? {
        let candidates = targets.keys.filter { $0.kind == label.kind }
            .map { ($0, EditDistance.between($0.name, label.name)) }
            .filter { $0.1 <= max(2, label.name.count / 3) }
        return candidates.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// A chapter's figure labels from a run. A label found in a cell's code is placed at the
    /// line that names it, so an error about it points there.
    static func labels(of chapter: Chapter, results: [CellResult], problems: inout [ChapterDiagnostic]) -> ChapterLabels {
        var figures: [LabelDefinition?] = []
        for numbered in Chapter.numberedFigures(results).joined() where chapter.cells.indices.contains(numbered.cell) {
            let cell = chapter.cells[numbered.cell]
            do {
                guard let name = numbered.figure.label else { figures.append(nil); continue }
                let lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false)
                let line = cell.firstCodeLine + (lines.firstIndex { $0.contains("\"\(name)\"") } ?? 0)
                guard Label.isValidName(name) else {
                    problems.append(ChapterDiagnostic(path: chapter.path, line: line, message: Label.nameRule(name)))
                    figures.append(nil)
                    continue
                }
                figures.append(LabelDefinition(label: Label(kind: .figure, name: name), line: line))
            }
        }
        return ChapterLabels(chapter: chapter, figures: figures)
    }

    /// A chapter's figure labels as its records state them.
    static func recordedLabels(of chapter: Chapter) -> ChapterLabels {
        let links = chapter.cells.flatMap(\.record.figures)
        return ChapterLabels(chapter: chapter, figures: links.map { link in
            link.label.map { LabelDefinition(label: Label(kind: .figure, name: $0), line: link.line) }
        })
    }
}
