/// What `kcreport build` was asked to do, apart from how the command line said it.
/// `BuildCommand` (ArgumentParser) makes one; so does `BuildRequest(plain:)`, which reads
/// the everyday command lines of a build without ArgumentParser, whose reflection over the
/// command tree (Mirror, protocol conformance lookups) made every build ~5 ms slower: the
/// nightly build and the IR team start `kcreport build` far more often than they ask it
/// for help.
struct BuildRequest: Equatable, Sendable {
    var reports: [String] = []
    var config = "kcreport.yaml"
    var displayCurrency: String?
    var templates: String?
    var allowFailedChecks = false
    var force = false
    var dryRun = false
    var quiet = false
    var logFormat: BuildLog.Format = .text
    var send = false
}

extension BuildRequest {
    /// The request of `arguments` (those after `build`) when each one is a flag or option
    /// of `BuildCommand` given once, an option's value in the next argument or after `=`,
    /// or a report id; nil for anything else — help, `--`, bundled short flags, a repeated
    /// or unknown option, a missing or bad value — which ArgumentParser then reads, and
    /// explains when it is wrong. The tests hold the two readers to the same result.
    init?(plain arguments: [String]) {
        var seen: Set<String> = []
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            guard argument.hasPrefix("-") else {
                guard !argument.isEmpty else { return nil }
                reports.append(argument)
                continue
            }
            var name = argument
            var attached: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                attached = String(argument[argument.index(after: equals)...])
            }
            if name == "-q" { name = "--quiet" }
            guard seen.insert(name).inserted else { return nil }
            switch name {
            case "--allow-failed-checks" where attached == nil: allowFailedChecks = true
            case "--force" where attached == nil: force = true
            case "--dry-run" where attached == nil: dryRun = true
            case "--quiet" where attached == nil: quiet = true
            case "--send" where attached == nil: send = true
            case "--config":
                guard let value = BuildRequest.value(attached, after: &remaining) else { return nil }
                config = value
            case "--display-currency":
                guard let value = BuildRequest.value(attached, after: &remaining) else { return nil }
                displayCurrency = value
            case "--templates":
                guard let value = BuildRequest.value(attached, after: &remaining) else { return nil }
                templates = value
            case "--log-format":
                guard let value = BuildRequest.value(attached, after: &remaining), let format = BuildLog.Format(rawValue: value) else { return nil }
                logFormat = format
            default:
                return nil
            }
        }
    }

    /// An option's value: after its `=`, else the next argument; none when that is empty or
    /// starts with "-" (another option, or a value ArgumentParser should judge).
    private static func value(_ attached: String?, after remaining: inout ArraySlice<String>) -> String? {
        guard let value = attached ?? remaining.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
        return value
    }
}
