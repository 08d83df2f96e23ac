// A book of fixture chapters, run by the tests through the same commands as ganbook.
import NotebookCLI

Ganbook.main(programs: chapterPrograms)
