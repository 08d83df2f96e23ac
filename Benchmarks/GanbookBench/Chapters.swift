import Foundation

/// "Running every chapter": the wall-clock time of `ganbook verify --force`, which runs every
/// chapter (each in a child process of its own, as a reader's command would; `--force`, so
/// none comes from the result cache) and compares it with its record. Timed as a subprocess,
/// so process start-up and the comparison count too. Its standard error (progress on a
/// terminal, and the reason when it cannot run) is passed on.
struct ChapterRun {
    /// The median wall-clock time over the runs, in seconds.
    var seconds: Double
    /// The exit status of the last run (0 when every chapter matched its record).
    var status: Int32
    /// Whether the last run ran every chapter and matched every record: a time is only a
    /// time for "every chapter" when it is.
    var succeeded: Bool { status == 0 }
    /// The last line `verify` printed, its summary ("4 passed").
    var summary: String

    /// Runs `ganbook verify --force` on `chapters` (all of them when empty) `runs` times from
    /// the current directory (the package's root, where `chapters/` is).
    init(ganbook: String, runs: Int, chapters: [String] = []) throws {
        var times: [Double] = []
        var last: (status: Int32, output: String) = (0, "")
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let elapsed = try clock.measure {
                last = try runProcess(ganbook, ["verify", "--force"] + chapters)
            }
            times.append(elapsed.seconds)
        }
        seconds = times.sorted()[times.count / 2]
        status = last.status
        summary = last.output.split(separator: "\n").last.map(String.init) ?? "no summary (see its errors above)"
    }
}
