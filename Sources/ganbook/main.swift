// The book's command-line tool: everything it does lives in NotebookCLI and Notebook; this
// file only hands it the chapters compiled into the Chapters module.
import Chapters
import NotebookCLI

Ganbook.main(programs: chapterPrograms)
