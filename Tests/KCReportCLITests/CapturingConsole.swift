import Foundation
import KCReportCLI

/// A console that keeps what was written, for tests.
public final class CapturingConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""
    public init() {}
    public var stdout: String { lock.withLock { outText } }
    public var stderr: String { lock.withLock { errText } }
    public var console: Console {
        Console(out: { [self] s in lock.withLock { outText += s } }, err: { [self] s in lock.withLock { errText += s } })
    }
}
