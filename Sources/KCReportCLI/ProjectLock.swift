import Foundation

/// One `kcreport build` per project at a time: an advisory lock (flock) on
/// `.kcreport.lock` beside the configuration, holding the owner's pid. The
/// kernel drops the lock when its holder dies, so a stale lock is simply taken over.
final class ProjectLock {
    private let descriptor: Int32
    let path: String

    /// Takes the lock, or fails at once with exit 75 naming the holder.
    init(folder: String) throws {
        path = (folder.isEmpty ? "." : folder as NSString).appendingPathComponent(".kcreport.lock")
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw CommandFailure("\(path): cannot open the lock file: \(String(cString: strerror(errno)))", code: Sysexit.cannotCreate)
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = ProjectLock.readPid(fd)
            close(fd)
            throw CommandFailure("another kcreport build is running in this project (pid \(holder.map(String.init) ?? "unknown"), lock \(path)); try again when it has finished", code: Sysexit.tempFail)
        }
        descriptor = fd
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func readPid(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
