import Dispatch
import Foundation

/// A value worked out on another thread from the moment it is made; `value()` waits for
/// it. The build loads its templates and its fonts this way while the first report is
/// loaded and checked.
final class Deferred<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        // A thread of its own: Dispatch's pool on Linux adds a thread only when it sees its
        // others blocked, so a second piece of work would wait for the first to finish.
        Thread.startWithMainStack {
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

extension Thread {
    /// Starts `body` on a new thread with as much stack as the main thread has (8 MiB):
    /// parsing and encoding recurse with the data.
    static func startWithMainStack(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 8 << 20
        thread.start()
    }
}
