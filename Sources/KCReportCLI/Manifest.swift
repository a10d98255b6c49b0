import Foundation

/// `Output/<id>/manifest.json`: what a report was built from (a hash of every
/// input), what it produced (a hash of every output) and how long each stage took.
/// A report whose inputs hash the same as its manifest says is up to date.
struct Manifest: Codable, Equatable {
    /// A file and its content hash; size and modification time let the next build
    /// skip reading files that have not changed.
    struct FileHash: Codable, Equatable {
        var path: String
        var sha256: String
        var size: Int
        var modified: Double
    }

    struct Inputs: Codable, Equatable {
        var kcreport: String
        var config: String
        var source: FileHash
        var history: [FileHash]
        var templates: [FileHash]
        var fonts: [FileHash]

        /// One hash over everything that decides the output.
        var fingerprint: String {
            let parts = ["kcreport=\(kcreport)", "config=\(config)", "source=\(source.sha256)"]
                + history.map { "history=\($0.sha256)" }
                + templates.map { "template \($0.path)=\($0.sha256)" }
                + fonts.map { "font \($0.path)=\($0.sha256)" }
            return SHA256.hex(parts.joined(separator: "\n"))
        }

        /// What differs from `old`, in words, for `--dry-run` and the log.
        func changes(since old: Inputs) -> [String] {
            var changed: [String] = []
            if kcreport != old.kcreport { changed.append("kcreport version") }
            if config != old.config { changed.append("configuration") }
            if source.sha256 != old.source.sha256 { changed.append("source") }
            if history.map(\.sha256) != old.history.map(\.sha256) { changed.append("history") }
            if templates.map(\.sha256) != old.templates.map(\.sha256) || templates.map(\.path) != old.templates.map(\.path) { changed.append("templates") }
            if fonts.map(\.sha256) != old.fonts.map(\.sha256) || fonts.map(\.path) != old.fonts.map(\.path) { changed.append("fonts") }
            return changed
        }
    }

    var report: String
    var inputs: Inputs
    var fingerprint: String
    var outputs: [String: String]
    /// Milliseconds per stage of the build that wrote this manifest.
    var timings: [String: Int]
    var checks: String

    static func read(folder: String) -> Manifest? {
        let path = (folder as NSString).appendingPathComponent("manifest.json")
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    func encoded() throws -> Data {
        var data = try JSONEncoder.sorted.encode(self)
        data.append(0x0A)
        return data
    }
}

/// Hashes input files, reusing the previous manifest's hash when a file's size
/// and modification time have not changed, so an up-to-date check reads nothing.
/// Shared by the reports of a build: a file, or a folder's listing, is worked out on one
/// thread while the others wait for its result, never twice.
final class FileHasher: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: Manifest.FileHash] = [:]
    private var trees: [String: [Manifest.FileHash]] = [:]
    /// Each file or folder is worked out on one thread at a time.
    private let working = KeyedLocks()

    /// Remembers the hashes a previous manifest recorded.
    func remember(_ hashes: [Manifest.FileHash]) {
        lock.withLock { for hash in hashes { known[hash.path] = hash } }
    }

    func hash(_ path: String) throws -> Manifest.FileHash {
        let (size, modified) = try FileHasher.sizeAndModification(path)
        return try working.withLock(path) {
            if let cached = lock.withLock({ known[path] }), cached.size == size, cached.modified == modified {
                return cached
            }
            guard let sha256 = SHA256.hex(file: path) else {
                throw CommandFailure("\(path): cannot be read", code: Sysexit.noInput)
            }
            let result = Manifest.FileHash(path: path, sha256: sha256, size: size, modified: modified)
            lock.withLock { known[path] = result }
            return result
        }
    }

    /// Read with `stat`: `FileManager.attributesOfItem` also looks up the owner's and group's
    /// names, reading /etc/passwd and /etc/group for every file of every report.
    static func sizeAndModification(_ path: String) throws -> (size: Int, modified: Double) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw CommandFailure("\(path): cannot be read: \(String(cString: strerror(errno)))", code: Sysexit.noInput)
        }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return (Int(info.st_size), Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000)
    }

    /// Every regular file under `folder` (sorted, hidden files and READMEs left out),
    /// listed once per build: every report shares the templates and fonts folders.
    func hashTree(_ folder: String) throws -> [Manifest.FileHash] {
        try working.withLock(folder + "/") {
            if let listed = lock.withLock({ trees[folder] }) { return listed }
            let hashes = try listAndHash(folder)
            lock.withLock { trees[folder] = hashes }
            return hashes
        }
    }

    private func listAndHash(_ folder: String) throws -> [Manifest.FileHash] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), name != "README.md" else { continue }
            let full = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue { paths.append(full) }
        }
        return try paths.sorted().map(hash)
    }
}
