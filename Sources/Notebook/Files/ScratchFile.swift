import Foundation

/// Files written beside their destination under a name of ganbook's own,
/// `.<name>.ganbook-<pid>.tmp`, and renamed over it in one step: a reader, or a crash at any
/// moment, sees the old file or the new one, never half of one. The name carries the writer's
/// process id, so a later run can tell a leftover of a crashed writer (its process is gone)
/// from the file of a writer still at work, and remove only the former.
package enum ScratchFile {
    /// Writes `data` to `destination` through a scratch file and a rename. `step` names the
    /// crash point just before the rename (see `CrashPoint`).
    package static func write(_ data: Data, to destination: URL, step: String) throws {
        let scratch = scratchURL(for: destination)
        do {
            try data.write(to: scratch)
            CrashPoint.reach(step)
            guard rename(scratch.path, destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path,
                    NSLocalizedDescriptionKey: "could not rename \(scratch.path) to \(destination.path): "
                        + String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: scratch)
            throw error
        }
    }

    /// The scratch name for `destination` in this process.
    static func scratchURL(for destination: URL) -> URL {
        destination.deletingLastPathComponent().appending(path: ".\(destination.lastPathComponent).ganbook-\(getpid()).tmp")
    }

    /// Removes the scratch files in `folder` whose writer is gone, and returns their names.
    @discardableResult
    package static func sweep(_ folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            guard let pid = writer(of: name), !LeftoverOwner.isRunning(pid) else { return false }
            return (try? FileManager.default.removeItem(at: folder.appending(path: name))) != nil
        }
    }

    /// The process id in a scratch file's name, or nil when the name is not one.
    static func writer(of name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp"), let range = name.range(of: ".ganbook-", options: .backwards)
        else { return nil }
        return pid_t(name[range.upperBound...].dropLast(4))
    }
}

/// Whether the process that left a file behind still runs.
package enum LeftoverOwner {
    /// True while `pid` names a live process (ours or another user's); a pid reused by an
    /// unrelated process keeps a leftover until that one ends, which is harmless.
    package static func isRunning(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
