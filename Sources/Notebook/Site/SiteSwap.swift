import Foundation

/// Puts a freshly written site in place of the old one in one step, so a crash at any moment
/// leaves the old site or the new one at the destination, never none.
///
/// The new site is written to `.<name>.partial-<pid>` beside the destination, and the two are
/// exchanged with `renameat2(…, RENAME_EXCHANGE)`; the old site, now under the staging name,
/// is deleted last. Where the call is missing (a C library before glibc 2.28, or a file
/// system without the flag) the old site is moved aside to `.<name>.old-<pid>` and the new
/// one renamed in, two steps. Leftovers of a ganbook that died (its process is gone) are
/// swept before the next write: a staging folder is deleted, and an old site is deleted, or
/// put back when the destination is missing.
enum SiteSwap {
    static func stagingURL(for destination: URL) -> URL { aside(destination, "partial", getpid()) }

    /// Moves `staging` to `destination`, replacing whatever site is there.
    static func replace(_ destination: URL, with staging: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: destination.path) else {
            CrashPoint.reach("site-rename")
            return try rename(staging, to: destination)
        }
        CrashPoint.reach("site-exchange")
        if exchange(staging, destination) {
            CrashPoint.reach("site-remove-old")
            try? fileManager.removeItem(at: staging)
            return
        }
        let old = aside(destination, "old", getpid())
        try rename(destination, to: old)
        CrashPoint.reach("site-between-renames")
        do {
            try rename(staging, to: destination)
        } catch {
            try? rename(old, to: destination)
            throw error
        }
        try? fileManager.removeItem(at: old)
    }

    /// Removes or restores what crashed writes of `destination` left beside it.
    static func sweep(_ destination: URL) {
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let prefix = ".\(destination.lastPathComponent)."
        for name in (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            let parts = name.dropFirst(prefix.count).split(separator: "-")
            guard parts.count == 2, ["partial", "old"].contains(parts[0]), let pid = pid_t(parts[1]),
                  !LeftoverOwner.isRunning(pid) else { continue }
            let leftover = parent.appending(path: name)
            if parts[0] == "old", !fileManager.fileExists(atPath: destination.path),
               (try? rename(leftover, to: destination)) != nil { continue }
            try? fileManager.removeItem(at: leftover)
        }
    }

    private static func aside(_ destination: URL, _ kind: String, _ pid: pid_t) -> URL {
        destination.deletingLastPathComponent().appending(path: ".\(destination.lastPathComponent).\(kind)-\(pid)")
    }

    private static func rename(_ source: URL, to destination: URL) throws {
        guard Glibc.rename(source.path, destination.path) == 0 else {
            throw SiteError("could not rename \(source.path) to \(destination.path): \(String(cString: strerror(errno))); "
                + "check the folder's permissions and free space")
        }
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, looked up at run time since Swift's Glibc module does not declare
    /// it; nil where the C library lacks it.
    private static let renameat2: RenameAt2? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2")
        .map { unsafeBitCast($0, to: RenameAt2.self) }

    /// Swaps the two paths atomically; false when the system cannot.
    private static func exchange(_ first: URL, _ second: URL) -> Bool {
        let renameExchange: UInt32 = 2, currentFolder: Int32 = -100
        return renameat2?(currentFolder, first.path, currentFolder, second.path, renameExchange) == 0
    }
}
