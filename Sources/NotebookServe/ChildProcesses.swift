import Foundation

/// The processes this one started, directly or not: the compiler, the chapter programs.
/// Found through `/proc`, since the chapter runner starts them where `serve` cannot reach.
enum ChildProcesses {
    /// Kills every descendant with SIGKILL, which a chapter stuck in a loop cannot ignore.
    /// The whole tree is stopped (SIGSTOP) first, looking again until no new process shows up:
    /// killed one by one, a compiler could start another process in between, or leave one
    /// orphaned, and so no longer found among the descendants.
    static func stopAll() {
        var stopped: Set<pid_t> = []
        while case let found = Set(descendants(of: getpid())).subtracting(stopped), !found.isEmpty {
            found.forEach { kill($0, SIGSTOP) }
            stopped.formUnion(found)
        }
        stopped.forEach { kill($0, SIGKILL) }
    }

    /// Every descendant of `root`, parents before their children.
    static func descendants(of root: pid_t) -> [pid_t] {
        let parents = parentsByProcess()
        var found: [pid_t] = []
        var frontier = [root]
        while let parent = frontier.popLast() {
            let children = parents.filter { $0.value == parent }.map(\.key)
            found += children
            frontier += children
        }
        return found
    }

    /// The parent of every live process, from `/proc/PID/stat` ("PID (name) STATE PPID …"; the
    /// name may hold spaces and parentheses, so the fields are read after its last
    /// parenthesis). Zombies (state Z) are dead already, waiting for their parent to read
    /// their status.
    private static func parentsByProcess() -> [pid_t: pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        var parents: [pid_t: pid_t] = [:]
        for entry in entries {
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let nameEnd = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(after: nameEnd)...].split(separator: " ")
            if fields.count > 1, fields[0] != "Z", let parent = pid_t(fields[1]) { parents[pid] = parent }
        }
        return parents
    }
}
