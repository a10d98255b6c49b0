import CKCSystem
import Foundation

/// The folders of the output: each report's folder is published whole (`StagedOutput`);
/// what a killed build left beside them is cleared at the next build.
enum OutputFolder {
    /// The folders of `output` that do not exist yet, deepest first: a build that publishes
    /// nothing removes them again (`removeIfEmpty`).
    static func missingFolders(_ output: String) -> [String] {
        var missing: [String] = []
        var folder = output
        while !folder.isEmpty, folder != "/", !FileManager.default.fileExists(atPath: folder) {
            missing.append(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
        return missing
    }

    /// Removes each of `folders` that is empty, in order; one that is not stays, with its parents.
    static func removeIfEmpty(_ folders: [String]) {
        for folder in folders {
            guard rmdir(folder) == 0 else { return }
        }
    }

    /// Removes staging folders left by builds that were killed.
    static func sweep(_ output: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: output) else { return }
        for name in names where name.hasPrefix(".") && (name.contains(".new-") || name.contains(".old-")) {
            let pid = Int32(name.split(separator: "-").last ?? "") ?? 0
            // Leave a folder of a build that is still running.
            if pid > 0 && kill(pid, 0) == 0 && pid != getpid() { continue }
            // A previous output moved aside by a build that died before the new one took its place: restore it.
            if let range = name.range(of: ".old-") {
                let report = String(name[name.index(after: name.startIndex)..<range.lowerBound])
                let target = (output as NSString).appendingPathComponent(report)
                if !FileManager.default.fileExists(atPath: target) {
                    _ = rename((output as NSString).appendingPathComponent(name), target)
                    continue
                }
            }
            try? FileManager.default.removeItem(atPath: (output as NSString).appendingPathComponent(name))
        }
    }

    static func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else {
            throw CommandFailure("\(to): cannot move the report into place: \(String(cString: strerror(errno)))", code: Sysexit.cannotCreate)
        }
    }
}

/// The next output of one report, written into a staging folder beside the published one
/// while the report is built — the text formats while the page is drawn — and then swapped
/// in whole (`publish`) or removed (`discard`). Nothing is created before the first write.
final class StagedOutput: @unchecked Sendable {
    /// The published folder, `Output/<id>`.
    let folder: String
    /// The staging folder, `Output/.<id>.new-<pid>`.
    let staging: String
    private let lock = NSLock()
    /// Whether the staging folder exists; under `lock`.
    private var created = false

    init(_ folder: String) {
        self.folder = folder
        staging = StagedOutput.sibling(of: folder, "new")
    }

    /// `Output/.<id>.<kind>-<pid>`: the hidden folders beside a report's, which `OutputFolder.sweep` clears.
    private static func sibling(of folder: String, _ kind: String) -> String {
        let name = (folder as NSString).lastPathComponent
        return ((folder as NSString).deletingLastPathComponent as NSString).appendingPathComponent(".\(name).\(kind)-\(getpid())")
    }

    /// Writes `files` (paths relative to the report's folder) and flushes them to disk;
    /// from either of the report's two threads (text files, then the page and manifest).
    /// A file whose published version has the same bytes is linked to it rather than
    /// written again: it keeps its date, so whatever copies the output on sees it unchanged,
    /// and neither writing it nor removing the previous output touches its data on disk.
    func write(_ files: [(path: String, data: Data)]) throws {
        var changed: [(path: String, data: Data)] = []
        do {
            try lock.withLock { try createStaging() }
            for subfolder in Set(files.map { ($0.path as NSString).deletingLastPathComponent }) where !subfolder.isEmpty {
                try FileManager.default.createDirectory(atPath: (staging as NSString).appendingPathComponent(subfolder),
                                                        withIntermediateDirectories: true)
            }
        } catch {
            throw CommandFailure("\(folder): cannot write the report: \(error.localizedDescription)", code: Sysexit.cannotCreate)
        }
        for file in files {
            let published = (folder as NSString).appendingPathComponent(file.path)
            let placed = (staging as NSString).appendingPathComponent(file.path)
            unlink(placed)
            // Linked first and compared after, so what is compared is what was linked.
            if link(published, placed) == 0, StagedOutput.holds(placed, file.data) { continue }
            unlink(placed)  // a link to other bytes, or one link(2) made while reporting a failure
            changed.append((placed, file.data))
        }
        // Created afresh: a write can never go through a link into the published file.
        try AtomicFile.writeSynced(changed, exclusive: true)
    }

    /// Whether `path` is a regular file (not a symbolic link) whose bytes are `data`.
    private static func holds(_ path: String, _ data: Data) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size == data.count else { return false }
        return FileManager.default.contents(atPath: path) == data
    }

    /// Call with `lock` held.
    private func createStaging() throws {
        guard !created else { return }
        try? FileManager.default.removeItem(atPath: staging)  // left by a killed build with this process id
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        created = true
    }

    /// Puts the staging folder in the published folder's place, in one step where the
    /// filesystem can exchange two folders. Call once, after every file is written.
    func publish() throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: folder) else { return try OutputFolder.move(staging, to: folder) }
        if kc_rename_exchange(staging, folder) == 0 {
            try? manager.removeItem(atPath: staging)  // now holds the previous output; published already
            return
        }
        guard errno == EINVAL || errno == ENOSYS else {
            throw CommandFailure("\(folder): cannot swap in the new report: \(String(cString: strerror(errno)))", code: Sysexit.cannotCreate)
        }
        // Filesystems without an atomic exchange: move the old one aside first,
        // and put it back if the new one cannot take its place.
        let old = StagedOutput.sibling(of: folder, "old")
        try OutputFolder.move(folder, to: old)
        do { try OutputFolder.move(staging, to: folder) } catch {
            _ = rename(old, folder)
            throw error
        }
        try? manager.removeItem(atPath: old)
    }

    /// Removes what was written, after a failure; the published folder stays as it was.
    func discard() {
        lock.withLock {
            guard created else { return }
            try? FileManager.default.removeItem(atPath: staging)
            created = false
        }
    }
}
