// The library the book's chapters are compiled against: this module, Generative, Plotting
// and BookRuntime (see Package.swift). Its ChapterLibraryPlugin generates `chapterLibrary`.
import BookRuntime
import Plotting

/// The book's figures are what chapters `show`.
extension Figure: CellFigure {}
