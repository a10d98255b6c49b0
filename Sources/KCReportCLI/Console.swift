import Foundation

/// Where commands write: standard output for results, standard error for
/// diagnostics. Tests pass a capturing console.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        writeOut = out
        writeErr = err
    }

    public static let standard = Console(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        err: { FileHandle.standardError.write(Data($0.utf8)) })

    public func out(_ text: String) { lock.withLock { writeOut(text) } }
    public func err(_ text: String) { lock.withLock { writeErr(text) } }
    public func line(_ text: String) { out(text + "\n") }
    public func errorLine(_ text: String) { err(text + "\n") }
}
