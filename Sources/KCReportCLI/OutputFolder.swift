import CKCSystem
import Foundation

/// Publishes a report's files as one unit: everything is written and flushed into
/// a staging folder beside `Output/<id>`, which then takes the old folder's place
/// in one atomic exchange. A build that fails or is killed at any moment leaves
/// the previous output intact and complete.
enum OutputFolder {
    static func publish(_ files: [(path: String, data: Data)], to folder: String) throws {
        let parent = (folder as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        let staging = (parent as NSString).appendingPathComponent(".\(name).new-\(getpid())")
        let manager = FileManager.default
        do {
            try? manager.removeItem(atPath: staging)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            let placed = files.map { (path: (staging as NSString).appendingPathComponent($0.path), data: $0.data) }
            for folder in Set(placed.map { ($0.path as NSString).deletingLastPathComponent }) where folder != staging {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            try AtomicFile.writeSynced(placed)
            if manager.fileExists(atPath: folder) {
                if kc_rename_exchange(staging, folder) != 0 {
                    guard errno == EINVAL || errno == ENOSYS else {
                        throw CommandFailure("\(folder): cannot swap in the new report: \(String(cString: strerror(errno)))", code: Sysexit.cannotCreate)
                    }
                    // Filesystems without an atomic exchange: move the old one aside first,
                    // and put it back if the new one cannot take its place.
                    let old = (parent as NSString).appendingPathComponent(".\(name).old-\(getpid())")
                    try move(folder, to: old)
                    do { try move(staging, to: folder) } catch {
                        _ = rename(old, folder)
                        throw error
                    }
                    try? manager.removeItem(atPath: old)
                    return
                }
                try? manager.removeItem(atPath: staging)  // now holds the previous output; published already
            } else {
                try move(staging, to: folder)
            }
        } catch let failure as CommandFailure {
            try? manager.removeItem(atPath: staging)
            throw failure
        } catch {
            try? manager.removeItem(atPath: staging)
            throw CommandFailure("\(folder): cannot write the report: \(error.localizedDescription)", code: Sysexit.cannotCreate)
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

    private static func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else {
            throw CommandFailure("\(to): cannot move the report into place: \(String(cString: strerror(errno)))", code: Sysexit.cannotCreate)
        }
    }
}
