import Foundation

/// Every file under `folder`, by path relative to it, with its bytes: two folders hold the
/// same files byte for byte exactly when their contents are equal (what `diff -r` checks).
public func folderContents(_ folder: URL) throws -> [String: Data] {
    let root = folder.resolvingSymlinksInPath()
    let base = root.path + "/"
    var contents: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
        return contents
    }
    for case let file as URL in walker where try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
        contents[String(file.resolvingSymlinksInPath().path.dropFirst(base.count))] = try Data(contentsOf: file)
    }
    return contents
}
