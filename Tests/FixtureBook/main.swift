// A book of fixture chapters, run by the tests through the same commands as ganbook.
import FixtureLibrary
import NotebookCLI

Ganbook.main(library: chapterLibrary)
