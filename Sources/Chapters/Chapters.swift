// The Chapters module: the book's chapters compiled into Swift.
//
// Its source is generated at build time by the TangleChapters plugin from the chapters in
// ./chapters, a symbolic link to the package's top-level chapters folder (inside the target
// so that SwiftPM notices added and removed chapters). The plugin writes one file per
// chapter, holding the chapter's cells in order in one function; a registry,
// `chapterPrograms`, with the `print` and `show` that chapter code calls; and
// `libraryFingerprint`, the hash of the code the chapters are linked with, which keys the
// cache of chapter results. Edit the chapters, not the generated code;
// Sources/Notebook/Tangle/Tangler.swift says what is generated.
