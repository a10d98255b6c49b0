import Testing
@testable import KCReportCLI

/// `BuildRequest(plain:)` reads a build's command line without ArgumentParser: what it
/// reads must be what ArgumentParser reads, and what it declines ArgumentParser handles.
@Suite struct BuildRequestTests {
    /// Command lines (after `build`) the plain reader takes.
    static let plain: [[String]] = [
        [],
        ["--force", "--quiet", "--config", "/tmp/project/kcreport.yaml"],
        ["kc-2024q3", "other-report"],
        ["-q", "--dry-run", "kc-2024q3"],
        ["--config=kcreport.yaml", "--templates", "Templates", "--display-currency", "USD"],
        ["--display-currency=US$", "--log-format", "json", "--allow-failed-checks", "--send"],
        ["--log-format=text", "a", "--force", "b"],
        ["--config", "a=b.yaml"],
    ]

    /// Command lines it leaves to ArgumentParser: help, bundled or unknown flags, repeats,
    /// missing, empty or bad values, a flag given a value, the `--` terminator.
    static let declined: [[String]] = [
        ["--help"], ["-h"], ["--version"], ["-qf"], ["--verbose"], ["-force"],
        ["--force", "--force"], ["-q", "--quiet"], ["--config", "a.yaml", "--config", "b.yaml"],
        ["--config"], ["--config", "--force"], ["--config="], ["--log-format", "xml"], ["--force=yes"],
        ["--", "kc-2024q3"], [""],
    ]

    /// What ArgumentParser makes of `kcreport build` and `arguments`, as the command line reads them.
    static func parsed(_ arguments: [String]) -> BuildRequest? {
        (try? KCReport.parseAsRoot(["build"] + arguments)).flatMap { $0 as? BuildCommand }?.request
    }

    @Test(arguments: plain)
    func readsWhatArgumentParserReads(_ arguments: [String]) throws {
        let plain = try #require(BuildRequest(plain: arguments))
        #expect(plain == Self.parsed(arguments))
    }

    /// Every pair of these pieces: whatever the plain reader takes, ArgumentParser reads the same.
    @Test func agreesWithArgumentParserOnEveryPairOfPieces() {
        let pieces = ["--force", "-q", "--quiet", "--dry-run", "--send", "--allow-failed-checks", "--config", "--config=a=b",
                      "--templates", "--display-currency", "--log-format", "json", "text", "xml", "kc", "-", "--", "-1", "",
                      "--force=1", "--help", "--version", "help", "a b", "−q", "--config=", "-x"]
        var taken = 0
        for first in pieces {
            for second in pieces {
                for line in [[first], [first, second]] {
                    guard let plain = BuildRequest(plain: line) else { continue }
                    taken += 1
                    #expect(plain == Self.parsed(line), "\(line)")
                }
            }
        }
        #expect(taken > 50)
    }

    /// A flag or option added to `BuildCommand` must be known to the plain reader too, or a
    /// build given it would quietly go to ArgumentParser every time; this names the missing one.
    @Test func knowsEveryOptionOfTheBuildCommand() {
        let names = Set(BuildCommand.helpMessage().split(whereSeparator: { !$0.isLetter && $0 != "-" })
            .map(String.init).filter { $0.hasPrefix("--") && $0.count > 2 })
        #expect(names.count >= 9, "\(names)")
        for name in names.subtracting(["--help", "--version"]) {
            let known = BuildRequest(plain: [name]) != nil || BuildRequest(plain: [name, "text"]) != nil
            #expect(known, "the plain reader does not know \(name)")
        }
    }

    @Test(arguments: declined)
    func leavesTheRestToArgumentParser(_ arguments: [String]) {
        #expect(BuildRequest(plain: arguments) == nil)
    }

    /// What the plain reader declines still works, or fails as ArgumentParser says.
    @Test func declinedCommandLinesGetArgumentParsersAnswers() {
        let help = BuildCommandTests.run(["build", "--help"])
        #expect(help.code == 0)
        #expect(help.stdout.contains("USAGE: kcreport build"))
        let bad = BuildCommandTests.run(["build", "--log-format", "xml"])
        #expect(bad.code == 64)
        #expect(bad.stderr.contains("The value 'xml' is invalid for '--log-format <log-format>'"), "\(bad.stderr)")
        let unknown = BuildCommandTests.run(["build", "--verbose"])
        #expect(unknown.code == 64)
        #expect(unknown.stderr.contains("Unknown option '--verbose'"), "\(unknown.stderr)")
    }
}
