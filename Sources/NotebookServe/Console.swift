import Foundation

/// Lines for the person running `serve`, written at once: through a pipe, `print` would hold
/// them in its buffer, and a test (or a log) would see a rebuild only long after it happened.
enum Console {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
