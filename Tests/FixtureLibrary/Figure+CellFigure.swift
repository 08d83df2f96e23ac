// The library the fixture chapters are compiled against: this module, Plotting and BookRuntime
// (no numeric core). Its ChapterLibraryPlugin generates `chapterLibrary`.
import BookRuntime
import Plotting

/// The figures are what chapters `show`.
extension Figure: CellFigure {}
