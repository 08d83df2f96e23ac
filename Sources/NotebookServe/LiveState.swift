/// What the open pages are told over the WebSocket, as JSON, whenever it changes; a page that
/// connects is told it at once.
struct LiveState: Codable, Sendable, Equatable {
    /// Counts the sites written since `serve` started; 0 until the first one is. A page served
    /// from an older one reloads.
    var version = 0
    /// What stops a chapter from showing its latest text: a compile error, a trap, a time-out,
    /// a malformed file, a dangling reference. The page of that chapter shows it over the last
    /// good content until it is fixed.
    var problems: [Problem] = []
    /// What each running chapter is doing ("compiling", "cell 3/15"), by chapter name.
    var activity: [String: String] = [:]
    /// The library's sources changed since `ganbook` was built: the chapters are still compiled
    /// against the old library, so every page asks for a rebuild and a restart.
    var libraryChanged = false

    struct Problem: Codable, Sendable, Equatable {
        /// The page that shows it: its chapter's, or the front page for a chapter that has
        /// none yet (`book.html` shows every problem).
        var page: String
        /// `chapters/NN-slug.md:LINE: error: …`, with the log that explains it, if any.
        var text: String
    }
}
