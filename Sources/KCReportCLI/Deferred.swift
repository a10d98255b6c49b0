import Dispatch
import Foundation

/// A value worked out on another thread from the moment it is made; `value()` waits for
/// it. The build loads its templates this way while the first report is loaded and checked.
final class Deferred<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            // Written once, before `leave`; read only after `wait`.
            self.result = Result { try work() }
            self.done.leave()
        }
    }

    func value() throws -> Value {
        done.wait()
        return try (result ?? .failure(CommandFailure("a deferred step ended without a result", code: Sysexit.cannotCreate))).get()
    }
}
