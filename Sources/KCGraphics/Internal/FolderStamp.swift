import Foundation

/// What a folder's files look like from outside — name, size, modification time and inode
/// of each — so a shared font library notices a font added, removed or replaced. Read with
/// `stat` rather than `FileManager.attributesOfItem`, which also looks up the owner's and
/// group's names in /etc/passwd and /etc/group: two file reads per font, per report.
struct FolderStamp: Hashable {
    private let files: [String]

    init(folder: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        files = names.sorted().map { name in
            var info = stat()
            guard stat((folder as NSString).appendingPathComponent(name), &info) == 0 else { return name }
            #if canImport(Darwin)
            let modified = info.st_mtimespec
            #else
            let modified = info.st_mtim
            #endif
            return "\(name) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(info.st_ino)"
        }
    }
}
