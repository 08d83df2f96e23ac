import Foundation
import Synchronization

/// Where `print` and `show` inside chapter code write: the output of the cell that is running.
///
/// The tangler defines `print(_:separator:terminator:)` and `show(_:)` in the compiled
/// chapter, so chapter code calls them instead of the standard library's and nothing it
/// prints reaches the process's standard output. The state sits behind a mutex so a cell that prints
/// from several threads still gets whole lines.
public enum CellCapture {
    private struct State {
        var chapterNumber = 0
        var cells: [CellResult] = []
        var figureCount = 0
        var cellStart = ContinuousClock.now
        var onCellBegin: @Sendable (Int) -> Void = { _ in }
    }

    private static let state = Mutex(State())

    /// Runs `cells` (a chapter's cells in order, each starting with `beginCell(_:)`) and
    /// returns what each cell produced. `onCellBegin` is called with each cell's index as it
    /// starts, before any of its code runs.
    public static func run(
        _ cells: () -> Void, chapterNumber: Int,
        onCellBegin: @escaping @Sendable (Int) -> Void
    ) -> [CellResult] {
        state.withLock { $0 = State(chapterNumber: chapterNumber, onCellBegin: onCellBegin) }
        cells()
        return state.withLock { state in
            closeCurrentCell(&state)
            return state.cells
        }
    }

    /// Marks the start of cell `index`; generated code calls it before each cell.
    public static func beginCell(_ index: Int) {
        let notify = state.withLock { state in
            closeCurrentCell(&state)
            state.cells.append(CellResult())
            state.cellStart = .now
            return state.onCellBegin
        }
        notify(index)
    }

    /// Appends text to the running cell's output, formatted as Swift's `print` would. An output
    /// block records lines, so a carriage return (alone or before a line feed) becomes a line feed.
    public static func print(_ items: [Any], separator: String, terminator: String) {
        let text = (items.map { String(describing: $0) }.joined(separator: separator) + terminator)
            .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        state.withLock { state in
            guard !state.cells.isEmpty else { return }
            state.cells[state.cells.count - 1].text += text
        }
    }

    /// Adds a figure to the running cell's output.
    public static func show(_ figure: some CellFigure) {
        state.withLock { state in
            guard !state.cells.isEmpty else { return }
            state.figureCount += 1
            let prefix = FigureResult.idPrefix(chapter: state.chapterNumber, figure: state.figureCount)
            state.cells[state.cells.count - 1].figures.append(FigureResult(
                title: figure.title, caption: figure.caption, label: figure.label,
                parameter: figure.parameter.map { FigureResult.Parameter(name: $0.name, values: $0.values, selected: $0.selected) },
                fileSVG: figure.svg(idPrefix: prefix, standalone: true),
                inlineSVG: figure.svg(idPrefix: prefix, standalone: false)
            ))
        }
    }

    private static func closeCurrentCell(_ state: inout State) {
        guard !state.cells.isEmpty else { return }
        state.cells[state.cells.count - 1].seconds = (ContinuousClock.now - state.cellStart).seconds
    }
}
