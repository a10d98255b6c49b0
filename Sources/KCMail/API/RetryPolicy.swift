/// How often to try a delivery that failed for a reason that may pass (a 4xx reply,
/// a dropped connection, a server not reachable yet), and how long to wait between
/// tries: `delay`, then twice that, and so on.
public struct RetryPolicy: Sendable, Equatable {
    public var attempts: Int
    /// Seconds before the second attempt.
    public var delay: Double

    public init(attempts: Int = 3, delay: Double = 5) {
        self.attempts = max(1, attempts)
        self.delay = max(0, delay)
    }

    /// Seconds to wait after failed attempt `attempt` (1-based).
    public func wait(after attempt: Int) -> Double {
        delay * Double(1 << min(attempt - 1, 16))
    }
}
