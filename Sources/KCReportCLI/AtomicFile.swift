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
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CommandFailure("\(path): cannot create the file: \(String(cString: strerror(errno)))", code: Sysexit.cannotCreate) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw CommandFailure("\(path): cannot write: \(String(cString: strerror(errno)))", code: Sysexit.cannotCreate) }
                offset += written
            }
        }
        guard fsync(descriptor) == 0 else { throw CommandFailure("\(path): cannot flush to disk: \(String(cString: strerror(errno)))", code: Sysexit.cannotCreate) }
    }
}
