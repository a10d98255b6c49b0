import Foundation

/// Writes files whole or not at all: a temporary file in the same folder,
/// flushed to disk, then renamed over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
                throw CommandFailure("\(path): cannot create a file in \(folder.path)", code: Sysexit.cannotCreate)
            }
            let handle = try FileHandle(forWritingTo: temp)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
            if rename(temp.path, url.path) != 0 {
                throw CommandFailure("\(path): cannot replace the file: \(String(cString: strerror(errno)))", code: Sysexit.cannotCreate)
            }
        } catch let failure as CommandFailure {
            try? FileManager.default.removeItem(at: temp)
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw CommandFailure("\(path): cannot write: \(error.localizedDescription)", code: Sysexit.cannotCreate)
        }
    }
}
