import ArgumentParser
import Foundation

/// A subcommand that writes through a `Console` and returns its exit code,
/// so tests can run it in process.
protocol ConsoleCommand: ParsableCommand {
    func run(console: Console) throws -> Int32
}

/// The `kcreport` command tree.
public struct KCReport: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "kcreport",
        abstract: "Turns a quarterly earnings release into an investor one-pager.",
        version: version,
        subcommands: [ImportCommand.self, CheckCommand.self, ShowCommand.self, BuildCommand.self, SendCommand.self, InitCommand.self])

    public init() {}

    /// Parses `arguments` (without the program name), runs the command and returns its exit code.
    public static func main(_ arguments: [String], console: Console) -> Int32 {
        do {
            // A build's everyday command line is read without ArgumentParser (see BuildRequest).
            if arguments.first == "build", let request = BuildRequest(plain: Array(arguments.dropFirst())) {
                return try request.run(console: console)
            }
            var command = try parseAsRoot(arguments)
            if let command = command as? ConsoleCommand {
                return try command.run(console: console)
            }
            try command.run()
            return Sysexit.ok
        } catch let failure as CommandFailure {
            console.errorLine("kcreport: \(failure.message)")
            return failure.code
        } catch {
            let message = fullMessage(for: error)
            let code = exitCode(for: error).rawValue
            if code == 0 { console.line(message) } else { console.errorLine(message) }
            return code
        }
    }
}
