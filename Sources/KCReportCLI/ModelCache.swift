import Foundation
import KCCheck
import KCModel

/// Models, and their checks, made once per build for sources that several reports share
/// (variants of one release in other currencies or page sizes); other sources are not
/// kept, so memory stays flat in the number of reports.
final class ModelCache: @unchecked Sendable {
    private let lock = NSLock()
    private let making = KeyedLocks()
    private let shared: Set<String>
    private var models: [String: FinancialModel] = [:]
    private var checks: [String: CheckReport] = [:]
    private var checksFiles: [String: Data] = [:]

    /// `sources` are every report's source path; those named more than once are kept.
    init(sources: [String]) {
        var counts: [String: Int] = [:]
        for source in sources { counts[source, default: 0] += 1 }
        shared = Set(counts.filter { $0.value > 1 }.keys)
    }

    /// The model at `path` whose content hash is `hash`, loading it if needed.
    func model(_ path: String, hash: String, load: () throws -> FinancialModel) rethrows -> FinancialModel {
        try memo("model", path, hash, in: \.models, make: load)
    }

    /// The checks of the model at `path` whose content hash is `hash`, running them if needed.
    func checks(_ path: String, hash: String, run: () throws -> CheckReport) rethrows -> CheckReport {
        try memo("checks", path, hash, in: \.checks, make: run)
    }

    /// Those checks as `checks.json`, which depends on the model alone.
    func checksFile(_ path: String, hash: String, encode: () throws -> Data) rethrows -> Data {
        try memo("checks.json", path, hash, in: \.checksFiles, make: encode)
    }

    private func memo<T>(_ kind: String, _ path: String, _ hash: String, in table: ReferenceWritableKeyPath<ModelCache, [String: T]>,
                         make: () throws -> T) rethrows -> T {
        guard shared.contains(path) else { return try make() }
        let key = path + "\n" + hash
        // Made under the key's lock, so concurrent reports never load or check the same source twice.
        return try making.withLock(kind + "\n" + key) {
            if let known = lock.withLock({ self[keyPath: table][key] }) { return known }
            let value = try make()
            lock.withLock { self[keyPath: table][key] = value }
            return value
        }
    }
}
