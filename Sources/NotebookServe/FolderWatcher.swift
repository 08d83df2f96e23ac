import Foundation

/// Tells when files under some folders change, by comparing their modification times and
/// sizes from one look to the next. Polling a few hundred files every 200 ms costs little and
/// works the same on every system and file system, unlike inotify or FSEvents.
struct FolderWatcher {
    /// Folders (searched recursively) and single files; those that do not exist are skipped.
    var paths: [String]
    private var last: [String: Stamp]

    private struct Stamp: Equatable {
        var modified: Date
        var size: Int
    }

    init(paths: [String]) {
        self.paths = paths
        last = Self.stamps(paths)
    }

    /// True when a file was added, removed or changed since the last call (or since `init`).
    mutating func changed() -> Bool {
        let now = Self.stamps(paths)
        defer { last = now }
        return now != last
    }

    private static func stamps(_ paths: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let fileManager = FileManager.default
        for root in paths {
            let files = [root] + ((try? fileManager.subpathsOfDirectory(atPath: root))?.map { root + "/" + $0 } ?? [])
            for file in files {
                guard let attributes = try? fileManager.attributesOfItem(atPath: file),
                      attributes[.type] as? FileAttributeType == .typeRegular,
                      let modified = attributes[.modificationDate] as? Date,
                      let size = attributes[.size] as? Int
                else { continue }
                stamps[file] = Stamp(modified: modified, size: size)
            }
        }
        return stamps
    }
}
