// The Chapters module: the book's chapters compiled into Swift.
//
// Its source is generated at build time by the TangleChapters plugin from chapters/*.md: one
// file per chapter, holding the chapter's cells in order in one function, and a registry,
// `chapterPrograms`, with the `print` and `show` that chapter code calls. Edit the chapters,
// not the generated code; see Sources/Notebook/Tangle/Tangler.swift for what is generated.
