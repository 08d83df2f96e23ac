// The book's command-line tool: everything it does lives in NotebookCLI and Notebook; this
// file only names the library the chapters are compiled against.
import BookLibrary
import NotebookCLI

Ganbook.main(library: chapterLibrary)
