import Foundation

/// What a folder's files look like from outside — name, size and modification time of
/// each — so a shared font library notices a font added, removed or replaced.
struct FolderStamp: Hashable {
    private let files: [String]

    init(folder: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        files = names.sorted().map { name in
            var info = stat()
            let path = (folder as NSString).appendingPathComponent(name)
            guard stat(path, &info) == 0 else { return name }
            return "\(name) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
    }
}
