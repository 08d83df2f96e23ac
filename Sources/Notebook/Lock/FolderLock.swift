import Foundation

/// An exclusive lock on a folder, held while ganbook writes into it: `update` locks the
/// chapters folder, and the site writer the folder its site is swapped in. Two ganbooks that
/// would write the same files then take turns, and the second says whom it waits for,
/// instead of failing halfway with an error about a file the other one moved.
///
/// The lock is `flock` on the folder itself, so it leaves no file behind, a crashed holder
/// releases it with its last descriptor, and the kernel's lock table (`/proc/locks`) names
/// the holder.
package final class FolderLock {
    private let descriptor: Int32

    /// Locks `folder`, waiting for another holder to finish; `waiting` is told whom it waits
    /// for, once, before the wait.
    package init(_ folder: URL, waiting: (String) -> Void = FolderLock.tellStandardError) throws {
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw LockError("\(folder.path): cannot open the folder to lock it (\(String(cString: strerror(errno)))); "
                + "check that it exists and is readable")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
        let holder = Self.holder(of: descriptor).map(Self.describe) ?? "another process"
        waiting("waiting for \(holder), which is writing in \(folder.path), to finish")
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw LockError("\(folder.path): cannot lock the folder (\(reason))")
            }
        }
    }

    deinit { close(descriptor) }

    package static func tellStandardError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// The process holding a `flock` on the file behind `descriptor`, from `/proc/locks`
    /// (lines such as `1: FLOCK  ADVISORY  WRITE 4242 00:2e:1234 0 EOF`, matched by inode).
    static func holder(of descriptor: Int32) -> pid_t? {
        var status = stat()
        guard fstat(descriptor, &status) == 0,
              let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        for line in table.split(separator: "\n") where !line.contains("->") {
            let fields = line.split(separator: " ")
            guard let kind = fields.firstIndex(of: "FLOCK"), fields.count > kind + 4,
                  fields[kind + 4].split(separator: ":").last == Substring("\(status.st_ino)") else { continue }
            return pid_t(fields[kind + 3])
        }
        return nil
    }

    /// "ganbook update 3 (process 4242)", from the holder's command line.
    static func describe(_ pid: pid_t) -> String {
        let words = ((try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))) ?? Data())
            .split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        guard let program = words.first else { return "process \(pid)" }
        let command = ([URL(fileURLWithPath: program).lastPathComponent] + words.dropFirst()).joined(separator: " ")
        return "\(command) (process \(pid))"
    }
}

/// A folder that could not be locked, and what to do about it.
package struct LockError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}
