import Foundation
import KCModel

/// Models loaded once per build for sources that several reports share (variants of
/// one release in other currencies or page sizes); other sources are not kept, so
/// memory stays flat in the number of reports.
final class ModelCache: @unchecked Sendable {
    private let lock = NSLock()
    private let loading = NSLock()
    private let shared: Set<String>
    private var models: [String: FinancialModel] = [:]

    /// `sources` are every report's source path; those named more than once are kept.
    init(sources: [String]) {
        var counts: [String: Int] = [:]
        for source in sources { counts[source, default: 0] += 1 }
        shared = Set(counts.filter { $0.value > 1 }.keys)
    }

    /// The model at `path` whose content hash is `hash`, loading it if needed.
    func model(_ path: String, hash: String, load: () throws -> FinancialModel) rethrows -> FinancialModel {
        guard shared.contains(path) else { return try load() }
        let key = path + "\n" + hash
        // Loaded under the lock, so concurrent reports never import the same source twice.
        return try loading.withLock {
            if let model = lock.withLock({ models[key] }) { return model }
            let model = try load()
            lock.withLock { models[key] = model }
            return model
        }
    }
}
