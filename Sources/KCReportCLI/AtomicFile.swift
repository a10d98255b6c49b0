import Foundation

/// Writes files whole or not at all: a temporary file in the same folder,
/// flushed to disk, then renamed over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temp = (folder as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).tmp-\(getpid())")
        do {
            try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
            try writeSynced(data, to: temp)
            if rename(temp, path) != 0 {
                throw CommandFailure("\(path): cannot replace the file: \(String(cString: strerror(errno)))", code: Sysexit.cannotCreate)
            }
        } catch let failure as CommandFailure {
            unlink(temp)
            throw failure
        } catch {
            unlink(temp)
            throw CommandFailure("\(path): cannot write: \(error.localizedDescription)", code: Sysexit.cannotCreate)
        }
    }

    /// Creates or truncates `path`, writes `data` and flushes it to disk before returning.
    static func writeSynced(_ data: Data, to path: String) throws {
        try writeSynced([(path, data)])
    }

    /// Writes every file, then flushes each to disk. On ext4 (data=ordered) the first flush
    /// usually commits the others' data with it, where writing and flushing one file at a
    /// time waits for the disk once per file; every file is flushed either way. With
    /// `exclusive`, a file must not exist yet: a write never goes through a link at its path.
    static func writeSynced(_ files: [(path: String, data: Data)], exclusive: Bool = false) throws {
        var open: [(path: String, descriptor: Int32)] = []
        defer { for file in open { close(file.descriptor) } }
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL | O_NOFOLLOW : O_TRUNC)
        for file in files {
            let descriptor = Foundation.open(file.path, flags, 0o644)
            guard descriptor >= 0 else { throw failure(file.path, "cannot create the file") }
            open.append((file.path, descriptor))
            try write(file.data, to: descriptor, path: file.path)
        }
        for file in open {
            guard fsync(file.descriptor) == 0 else { throw failure(file.path, "cannot flush to disk") }
        }
    }

    private static func write(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else {
                    if written == 0 { errno = EIO }  // nothing written and no error: say so, not a stale errno
                    throw failure(path, "cannot write")
                }
                offset += written
            }
        }
    }

    private static func failure(_ path: String, _ what: String) -> CommandFailure {
        CommandFailure("\(path): \(what): \(String(cString: strerror(errno)))", code: Sysexit.cannotCreate)
    }
}
