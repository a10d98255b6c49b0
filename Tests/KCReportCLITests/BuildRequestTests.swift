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

    @Test(arguments: plain)
    func readsWhatArgumentParserReads(_ arguments: [String]) throws {
        let plain = try #require(BuildRequest(plain: arguments))
        let parsed = try BuildCommand.parse(arguments)
        #expect(plain == parsed.request)
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
