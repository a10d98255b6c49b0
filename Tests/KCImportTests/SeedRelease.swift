import Foundation

/// The Q3 2024 release in `../shared/seeds/`, beside the project.
enum SeedRelease {
    static let relativePath = "../shared/seeds/kingsoft-cloud-2024q3-earnings-release.txt"

    static var url: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(relativePath).standardizedFileURL
    }

    static func text() throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }
}
